import { mockApp } from './fixtures';
import type { ResolvedOptions } from './options';
import { membershipKey, type ServerSession, type ServerState } from './state';
import { hashHex } from './token';
import type {
  MockAccess,
  MockAccount,
  MockAlert,
  MockApp,
  MockMembership,
  MockProfile,
  MockUser,
} from './types';

// Builds the session objects the mock answers with, from the server state and the fixtures.

/** An account list in one of the three shapes of `ResolvedOptions['accountList']`. */
export type AccountList =
  Record<string, string> | Record<string, string>[] | { id: string; title: string }[];

/** The select-account data: `auth.select_account`, `signal_data` and the `GET /app/login-account` answer. */
export interface WireAccountChoice {
  accounts: AccountList;
  last_login: string;
}

export interface WireSessionUser extends MockProfile {
  username: string;
  screen_locked: boolean;
  roles: string[];
  account_user: number;
}

type Empty = Record<string, never>;

export interface SessionBody {
  jwt: string;
  demo: boolean;
  provider_id: string;
  app: MockApp;
  auth: boolean | { select_account: WireAccountChoice };
  account: MockAccount | Empty;
  user: WireSessionUser | Empty;
  access: MockAccess;
  alerts: MockAlert[];
  access_signature: string;
  signal?: 'login' | 'logout' | 'select_account';
  signal_data?: WireAccountChoice;
}

/** Who is asking: a server session together with its user. */
export interface Caller {
  session: ServerSession;
  user: MockUser;
}

export function accountList(user: MockUser, shape: ResolvedOptions['accountList']): AccountList {
  const accounts = user.memberships.map(({ account }) => account);
  switch (shape) {
    case 'map':
      return Object.fromEntries(accounts.map(({ id, title }) => [id, title]));
    case 'pairs':
      return accounts.map(({ id, title }) => ({ [id]: title }));
    case 'objects':
      return accounts.map(({ id, title }) => ({ id, title }));
  }
}

export function accountChoice(
  user: MockUser,
  state: ServerState,
  shape: ResolvedOptions['accountList'],
): WireAccountChoice {
  return {
    accounts: accountList(user, shape),
    last_login: state.lastLogin[user.username] ?? user.lastLoginAccountId,
  };
}

export const findMembership = (user: MockUser, accountId: string): MockMembership | undefined =>
  user.memberships.find((membership) => membership.account.id === accountId);

/** The access of a membership, with what `bumpSession` granted since. */
function accessOf(user: MockUser, membership: MockMembership, state: ServerState) {
  return {
    ...membership.access,
    ...state.grantedAccess[membershipKey(user.username, membership.account.id)],
  };
}

function alertsOf(user: MockUser, membership: MockMembership, state: ServerState) {
  return [
    ...membership.alerts,
    ...(state.addedAlerts[membershipKey(user.username, membership.account.id)] ?? []),
  ];
}

const emptyBody = (): SessionBody => ({
  jwt: '',
  demo: true,
  provider_id: '',
  app: mockApp,
  auth: false,
  account: {},
  user: {},
  access: {},
  alerts: [],
  access_signature: '',
});

/** The session of nobody: before log-in, after log-out. */
export function signedOutBody(
  options: ResolvedOptions,
  signal: 'login' | 'logout' = 'login',
): SessionBody {
  return options.legacySignals ? { ...emptyBody(), signal } : emptyBody();
}

/** The session of a caller: selecting an account, signed in, or behind the lock screen. */
export function callerBody(
  { session, user }: Caller,
  state: ServerState,
  options: ResolvedOptions,
): SessionBody {
  const membership =
    session.accountId === null ? undefined : findMembership(user, session.accountId);
  const userBody: WireSessionUser = {
    ...user.profile,
    username: user.username,
    screen_locked: session.locked,
    roles: membership?.roles ?? [],
    account_user: membership?.account_user ?? 0,
  };
  const base = { ...emptyBody(), user: userBody };
  if (membership === undefined) {
    const choice = accountChoice(user, state, options.accountList);
    return options.legacySignals
      ? { ...base, signal: 'select_account', signal_data: choice }
      : { ...base, auth: { select_account: choice } };
  }
  if (session.locked) return { ...base, auth: true, account: membership.account };
  const access = accessOf(user, membership, state);
  return {
    ...base,
    auth: true,
    account: membership.account,
    access,
    alerts: alertsOf(user, membership, state),
    access_signature: hashHex(JSON.stringify(access)),
  };
}
