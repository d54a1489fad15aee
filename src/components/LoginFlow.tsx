import {
  forwardRef,
  type ForwardedRef,
  useEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
} from 'react';
import type { SessionStatus } from '../core/schemas/session';
import { useLogout } from '../useLogout';
import { useSession, type AuthenticatedSession } from '../useSession';
import { AccountSelect } from './AccountSelect';
import { loginFlowLabels, type Labels } from './labels';
import { useLabels } from './LabelsContext';
import { LoginForm } from './LoginForm';
import { focusFirst, rescueFocus } from './internal/focus';
import { announce, LiveRegion, visuallyHidden } from './internal/LiveRegion';
import { useComposedRefs } from './internal/refs';
import { renderPart, type RenderParts } from './parts';

export interface LoginFlowProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Called with the session once the user is signed in to an account. */
  onAuthenticated?: (session: AuthenticatedSession) => void;
  /** Skip the account choice: post the last-used account (else the first) back right after login. */
  autoSelectAccount?: boolean;
  /** The username the login form starts with. */
  defaultUsername?: string;
  labels?: Partial<Labels>;
  /** Replace parts of every step: `label`, `input`, `button`, `link`, `image`. */
  render?: RenderParts<'label' | 'input' | 'button' | 'link' | 'image'>;
}

/** `login`: the username/password form; `select-account`: the account choice; `done`: signed in. */
export type LoginFlowStep = 'login' | 'select-account' | 'done';

const stepFor = (status: SessionStatus | 'loading'): LoginFlowStep | null =>
  status === 'loading' ? null : status === 'select_account' ? 'select-account' : 'login';

/**
 * The whole login: LoginForm → AccountSelect (multi-account users) → `onAuthenticated`. With
 * `autoSelectAccount` the choice is skipped by posting the last-used account back. On each step
 * change focus moves to the step's first control and the step is announced. A page reload in the
 * middle of the account choice resumes at the choice.
 *
 * @example
 * <LoginFlow autoSelectAccount onAuthenticated={() => navigate(safeReturnTo(returnTo) ?? '/')} />
 */
export const LoginFlow = /* @__PURE__ */ forwardRef(function LoginFlow(
  {
    onAuthenticated,
    autoSelectAccount = false,
    defaultUsername,
    labels: labelOverrides,
    render,
    className,
    ...props
  }: LoginFlowProps,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const labels = useLabels(loginFlowLabels, labelOverrides);
  const { status } = useSession();
  const logout = useLogout();
  const [step, setStep] = useState<LoginFlowStep | null>(() => stepFor(status));
  const [moved, setMoved] = useState(false);
  const root = useRef<HTMLDivElement | null>(null);
  const setRoot = useComposedRefs(ref, root);

  // The first known status picks the first step; from then on only the flow moves it on.
  if (step === null && status !== 'loading') setStep(stepFor(status));
  // Signed out elsewhere (another tab, the session expired) after finishing: start again.
  if (step === 'done' && status === 'unauthenticated') setStep('login');

  const goTo = (next: LoginFlowStep) => {
    setStep(next);
    setMoved(true);
  };

  useEffect(() => {
    if (!moved || step === 'done') return;
    focusFirst(root.current?.querySelector('[data-slot=login-flow-step]'));
  }, [moved, step]);

  // The flow hides once done (the app usually navigates away in the same tick): say so from a
  // region that outlives it, and if the page took focus away with it, give it to the new page.
  const finish = (session: AuthenticatedSession) => {
    goTo('done');
    announce(labels.loggedIn);
    onAuthenticated?.(session);
    rescueFocus();
  };

  const announcement = !moved
    ? ''
    : step === 'select-account'
      ? labels.accountSelectForm
      : step === 'login'
        ? labels.loginForm
        : '';

  return (
    <div
      {...props}
      ref={setRoot}
      data-slot="login-flow"
      data-state={step ?? 'loading'}
      hidden={step === 'done' || undefined}
      className={className}
    >
      {step === null ? (
        <p role="status" data-slot="login-flow-loading">
          {labels.loading}
        </p>
      ) : null}
      {step === 'login' ? (
        <div data-slot="login-flow-step" data-state="login">
          <LoginForm
            labels={labelOverrides}
            render={render}
            defaultUsername={defaultUsername}
            autoSelectAccount={autoSelectAccount}
            onSelectAccount={() => goTo('select-account')}
            onSuccess={finish}
          />
        </div>
      ) : null}
      {step === 'select-account' ? (
        <div data-slot="login-flow-step" data-state="select-account">
          <AccountSelect labels={labelOverrides} render={render} onSuccess={finish} />
          {renderPart(render, 'button', {
            type: 'button',
            disabled: logout.isPending,
            'data-slot': 'login-flow-back',
            onClick: () => logout.mutate(undefined, { onSettled: () => goTo('login') }),
            children: labels.back,
          })}
        </div>
      ) : null}
      <LiveRegion role="status" data-slot="login-flow-announcement" style={visuallyHidden}>
        {announcement}
      </LiveRegion>
    </div>
  );
});
