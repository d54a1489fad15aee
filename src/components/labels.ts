import type { SessionError } from '../core/SessionError';

/**
 * Every string the components show or announce. Set some or all of them once with
 * `<SessionProvider labels={…}>`, or per component with its `labels` prop (which wins).
 * Functions take what the text depends on, so a translation can reorder or pluralise.
 */
export interface Labels {
  /** Accessible name of the login form. */
  loginForm: string;
  username: string;
  password: string;
  /** The login submit button. */
  logIn: string;
  usernameRequired: string;
  passwordRequired: string;
  forgotPassword: string;
  signUp: string;

  /** Accessible name of the account-choice form; announced when the login flow reaches it. */
  accountSelectForm: string;
  /** Label of the account `<select>` (AccountSelect and AccountSwitcher). */
  account: string;
  /** The account-choice submit button. */
  continue: string;
  loadingAccounts: string;
  noAccounts: string;

  /** LoginFlow: leaves account selection (logs out) and goes back to the login form. */
  back: string;
  /** LoginFlow: announced once the user is signed in. */
  loggedIn: string;
  /** LoginFlow: shown while the session is first loading. */
  loading: string;

  /** Accessible name of the account switcher form, and its submit button. */
  switchAccount: string;
  /** The option of the account the user is in now. */
  currentAccount: (title: string) => string;
  /** Announced after a switch. */
  switchedAccount: (title: string) => string;

  /** Accessible name of the alert region. */
  alerts: string;
  /** Accessible name of an alert's dismiss button. */
  dismissAlert: (title: string) => string;
  /** Link text of an alert that has a link but no title. */
  alertDetails: string;
  /** Shown when more alerts exist than the banner shows at once. */
  moreAlerts: (count: number) => string;

  /** The text shown for a failed request. Default: the error's user-safe `message`. */
  error: (error: SessionError) => string;
}

/** The English defaults. */
export const defaultLabels: Labels = {
  loginForm: 'Log in',
  username: 'Username',
  password: 'Password',
  logIn: 'Log in',
  usernameRequired: 'Enter your username.',
  passwordRequired: 'Enter your password.',
  forgotPassword: 'Forgot password?',
  signUp: 'Sign up',

  accountSelectForm: 'Choose an account',
  account: 'Account',
  continue: 'Continue',
  loadingAccounts: 'Loading accounts…',
  noAccounts: 'There are no accounts to choose from.',

  back: 'Back',
  loggedIn: 'You are logged in.',
  loading: 'Loading…',

  switchAccount: 'Switch account',
  currentAccount: (title) => `${title} (current)`,
  switchedAccount: (title) => `Switched to ${title}.`,

  alerts: 'Alerts',
  dismissAlert: (title) => (title ? `Dismiss: ${title}` : 'Dismiss alert'),
  alertDetails: 'Details',
  moreAlerts: (count) => (count === 1 ? '1 more alert' : `${count} more alerts`),

  error: (error) => error.message,
};
