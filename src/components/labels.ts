import type { SessionError } from '../core/SessionError';
import type { SessionRecordStatus } from '../core/sessionRecordStatus';

/**
 * Every string the components show or announce. Set some or all of them once with
 * `<SessionProvider labels={…}>`, or per component with its `labels` prop (which wins).
 * Functions take what the text depends on, so a translation can reorder or pluralise.
 */
export interface Labels {
  /**
   * The language of these labels (BCP 47, e.g. `'ar'`): relative times and country names follow
   * it. Default: the page's `<html lang>`, else the browser's.
   */
  locale?: string;
  /** Accessible name of the login form. */
  loginForm: string;
  username: string;
  password: string;
  /** The login submit button. */
  logIn: string;
  /** The login submit button while the request runs. */
  loggingIn: string;
  /** The login submit button, disabled, while a rate limit (`Retry-After`) runs out. */
  retryIn: (seconds: number) => string;
  usernameRequired: string;
  passwordRequired: string;
  forgotPassword: string;
  signUp: string;
  /** LoginForm: said before "Sign up". */
  noAccount: string;
  /** LoginForm: the heading, with the app's title (`app.title`) when the session has one. */
  loginTitle: (app: string) => string;
  /** LoginForm: the toggle (`aria-pressed`) that shows the password as text. */
  showPassword: string;
  /** Shown above the login form once the server has ended the session (`session.ended`). */
  sessionEnded: string;

  /** Accessible name of the account-choice form; announced when the login flow reaches it. */
  accountSelectForm: string;
  /** Name of the account radio group (AccountSelect); AccountSwitcher's button says "Account: …". */
  account: string;
  /** The account-choice submit button. */
  continue: string;
  /** The account-choice submit button while the request runs. */
  continuing: string;
  loadingAccounts: string;
  noAccounts: string;
  /** The mark of the account the user was in last (AccountSelect). */
  lastUsed: string;
  /** AccountSelect: who is signing in (their name, else username or email). */
  signedInAs: (name: string) => string;

  /** LoginFlow: leaves the account choice (logs out) and goes back to the login form. */
  back: string;
  /** LoginFlow: announced once the user is signed in. */
  loggedIn: string;
  /** LoginFlow: shown while the session is first loading. */
  loading: string;

  /** Accessible name of the account switcher form and of its menu. */
  switchAccount: string;
  /** The menu item of the account the user is in now (AccountSwitcher). */
  currentAccount: (title: string) => string;
  /** The switch button while the request runs. */
  switching: string;
  /** Announced after a switch. */
  switchedAccount: (title: string) => string;

  /** Accessible name of the alert region. */
  alerts: string;
  /** Accessible name of an alert's dismiss button. */
  dismissAlert: (title: string) => string;
  /** Link text of an alert that has a link but no title. */
  alertDetails: string;
  /** The button that shows the alerts beyond `max`. */
  moreAlerts: (count: number) => string;
  /** Read before an alert's title (hidden on screen): its urgency; `''` for none. */
  alertPriority: (priority: number) => string;

  /** ActiveSessions: the heading and accessible name of the section. */
  activeSessions: string;
  /** ActiveSessions: shown while the list first loads. */
  loadingSessions: string;
  /** ActiveSessions: no sessions to show. */
  noSessions: string;
  /** The retry button of a failed load (ActiveSessions, the account lists). */
  retry: string;
  /** What a session runs on: `browser` ("Chrome 126") and `device` ("iPhone"), either may be missing. */
  sessionDevice: (browser: string | null, device: string | null) => string;
  /** A mobile device, read after its name. */
  mobile: string;
  /** The badge of this device's session. */
  thisDevice: string;
  /** Term of the location detail ("Berlin, Germany"). */
  location: string;
  /** Term of the IP address detail. */
  ipAddress: string;
  /** Term of the last-active detail ("4 minutes ago"). */
  lastActive: string;
  /** Shown when the location is not known. */
  unknownLocation: string;
  /** A session's status badge, for every documented status (give all eight). */
  sessionStatus: Record<SessionRecordStatus, string>;
  /** The badge of a status this version does not know. */
  unknownSessionStatus: (status: string) => string;
  /** A session's sign-out button (visible text). */
  revoke: string;
  /** Its accessible name, naming the session. */
  revokeSession: (device: string) => string;
  /** The question of the sign-out confirmation step. */
  confirmRevoke: (device: string) => string;
  /** Its confirm button. */
  confirmRevokeButton: string;
  cancel: string;
  /** Announced once a session is signed out. */
  revoked: (device: string) => string;
  /** Shown when signing a session out fails; `message` is `error(…)` of the failure. */
  revokeFailed: (device: string, message: string) => string;
  /** The "sign out everywhere else" button. */
  revokeOthers: string;
  confirmRevokeOthers: (count: number) => string;
  revokedOthers: (count: number) => string;
  revokeOthersFailed: (failed: number, message: string) => string;
  /** The button that loads more sessions, with how many are left. */
  showMoreSessions: (remaining: number) => string;

  /** LockScreen: its heading and accessible name. */
  lockScreen: string;
  /** LockScreen: the submit button, and its text while the request runs. */
  unlock: string;
  unlocking: string;
  /** LockScreen: announced once unlocked. */
  unlocked: string;
  /** LockScreen: logs out, for someone else at the screen. */
  notYou: string;

  /** AccessDenied: the heading; `what` is the `resource` prop, when given. */
  accessDenied: (what: string | undefined) => string;
  /** AccessDenied: the plain-language line under it. */
  accessDeniedText: string;
  /** AccessDenied: the button that goes back. */
  goBack: string;

  /** The text shown for a failed request. Default: the error's user-safe `message`. */
  error: (error: SessionError) => string;
}

// The English defaults, one group per component, so a page carries only the strings of the
// components it renders. No spreads at module level: bundlers keep those even when unused.

const showError = (error: SessionError) => error.message;
const logIn = 'Log in';
const chooseAnAccount = 'Choose an account';

/** `<LoginForm>`. */
export const loginFormLabels = {
  loginForm: logIn,
  username: 'Username',
  password: 'Password',
  logIn,
  loggingIn: 'Logging in…',
  retryIn: (seconds) => `Try again in ${seconds} s`,
  usernameRequired: 'Enter your username.',
  passwordRequired: 'Enter your password.',
  forgotPassword: 'Forgot password?',
  sessionEnded: 'Your session has ended. Log in again to continue.',
  signUp: 'Sign up',
  noAccount: 'No account yet?',
  loginTitle: (app) => `Log in to ${app}`,
  showPassword: 'Show password',
  error: showError,
} satisfies Partial<Labels>;

/** The account list of `<AccountSelect>`. */
export const accountChoiceLabels = {
  account: 'Account',
  loadingAccounts: 'Loading accounts…',
  noAccounts: 'There are no accounts to choose from.',
  lastUsed: 'Last used',
  retry: 'Try again',
  error: showError,
} satisfies Partial<Labels>;

/** `<AccountSelect>`. */
export const accountSelectLabels = {
  accountSelectForm: chooseAnAccount,
  signedInAs: (name) => `Signed in as ${name}`,
  continue: 'Continue',
  continuing: 'Continuing…',
} satisfies Partial<Labels>;

/** `<AccountSwitcher>`. */
export const accountSwitcherLabels = {
  account: 'Account',
  loadingAccounts: 'Loading accounts…',
  currentAccount: (title) => `${title} (current)`,
  retry: 'Try again',
  error: showError,
  switchAccount: 'Switch account',
  switching: 'Switching…',
  switchedAccount: (title) => `Switched to ${title}.`,
} satisfies Partial<Labels>;

/** `<LoginFlow>` itself (its forms have their own): what it shows and announces between them. */
export const loginFlowLabels = {
  back: 'Use a different account',
  loggedIn: 'You are logged in.',
  loading: 'Loading…',
  accountSelectForm: chooseAnAccount,
  loginForm: logIn,
} satisfies Partial<Labels>;

/** `<AlertBanner>`. */
export const alertBannerLabels = {
  alerts: 'Alerts',
  dismissAlert: (title) => (title ? `Dismiss: ${title}` : 'Dismiss alert'),
  alertDetails: 'Details',
  moreAlerts: (count) => (count === 1 ? 'Show 1 more alert' : `Show ${count} more alerts`),
  alertPriority: (priority) => (priority <= 1 ? 'Urgent:' : priority === 2 ? 'Warning:' : ''),
} satisfies Partial<Labels>;

/** `<LockScreen>`. */
export const lockScreenLabels = {
  lockScreen: 'Screen locked',
  password: 'Password',
  passwordRequired: 'Enter your password.',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  unlocked: 'Unlocked.',
  notYou: 'Not you? Log out',
  error: showError,
} satisfies Partial<Labels>;

/** `<AccessDenied>` (the default look of a `<RequireAccess>` that denies a signed-in user). */
export const accessDeniedLabels = {
  accessDenied: (what) => `You don't have access to ${what ?? 'this page'}`,
  accessDeniedText: 'Your account does not include it. Ask an admin of your account for access.',
  goBack: 'Go back',
  switchAccount: 'Switch account',
} satisfies Partial<Labels>;
