import {
  accessDeniedLabels,
  accountChoiceLabels,
  accountSelectLabels,
  accountSwitcherLabels,
  alertBannerLabels,
  lockScreenLabels,
  loginFlowLabels,
  loginFormLabels,
  type Labels,
} from './components/labels';
import { activeSessionsLabels } from './sessions/labels';

/** Every English default. */
// A pure call, not a spread: a bundler may drop it (and the groups) when nothing reads it.
export const defaultLabels: Labels = /* @__PURE__ */ Object.assign(
  {},
  loginFormLabels,
  accountChoiceLabels,
  accountSelectLabels,
  accountSwitcherLabels,
  loginFlowLabels,
  alertBannerLabels,
  activeSessionsLabels,
  lockScreenLabels,
  accessDeniedLabels,
);
