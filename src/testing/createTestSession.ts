import type { AccessMap } from '../core/access';
import type { AccountChoice } from '../core/schemas/accountChoices';
import { sessionIdFromJwt } from '../core/jwtPayload';
import { sessionSchema, type Session, type SessionStatus } from '../core/schemas/session';
import type {
  SessionAccount,
  SessionAlert,
  SessionApp,
  SessionUser,
} from '../core/schemas/entities';
import { mockApp, mockUsers } from '../mock/fixtures';

/** An alert for `createTestSession`: a title is enough; the rest has defaults. */
export type TestAlert = Partial<SessionAlert> & { title: string };

/**
 * What `createTestSession` changes in its default session. `user`, `account` and `app` are merged
 * into the defaults; `access`, `alerts` and `accounts` replace them.
 */
export interface TestSessionOverrides {
  /** Default `'authenticated'`. */
  status?: SessionStatus;
  user?: Partial<SessionUser>;
  account?: Partial<SessionAccount>;
  /** `null`: no app object, as some deployments answer. */
  app?: Partial<SessionApp> | null;
  /** Replaces the default full access (`crud` on the API's own features). */
  access?: AccessMap;
  alerts?: readonly TestAlert[];
  /** The user's accounts: the choices of `select_account` and of the account switcher. */
  accounts?: readonly AccountChoice[];
  /** The account pre-selected at `select_account`. Default: the first of `accounts`. */
  lastLogin?: string | null;
  /**
   * This device's session id (`<ActiveSessions>` marks it). Default: the `sid` claim of `jwt`, else
   * `'sess_this_device'`.
   */
  sessionId?: string | null;
  /**
   * A bearer deployment's JWT: `MockSessionProvider` then runs in bearer mode and the page sees this
   * very token as `session.jwt`, refresh after refresh. Give it a `sid` claim: the kit reads the
   * session id from it. Default `null`: cookie mode (the kit's default), where `session.jwt` is
   * always `null`.
   */
  jwt?: string | null;
  accessSignature?: string | null;
  /** Signed out because the server ended the session (the login form says so). */
  ended?: boolean;
}

const single = mockUsers.single;
const [singleMembership] = single.memberships;

/** Crud on every feature of the API's own pages. */
export const fullAccess: AccessMap = {
  'account-users': 'crud',
  'account-settings': 'crud',
  'account-payment-methods': 'crud',
  payments: 'crud',
  reports: 'crud',
};

const defaultUser = {
  ...single.profile,
  username: single.username,
  roles: singleMembership?.roles ?? [],
  account_user: singleMembership?.account_user ?? 1,
};

const defaultAccount = singleMembership?.account ?? {
  id: 'acc_test',
  title: 'Test',
};

/**
 * A complete, valid `Session` (checked by the kit's own `sessionSchema`) with readable defaults:
 * Sam Single (`single` of `react-session-kit/mock`) signed in to Acme Corp with full access, no
 * alerts. Each status gets what the server sends with it: a locked session carries no access, a
 * signed-out one no user.
 *
 * @example
 * createTestSession({ access: { reports: 'r' } })
 * createTestSession({ status: 'select_account', accounts: [{ id: 'acc_1', title: 'Acme' }, { id: 'acc_2', title: 'Globex' }] })
 * createTestSession({ status: 'unauthenticated', ended: true })
 */
export function createTestSession(overrides: TestSessionOverrides = {}): Session {
  const status = overrides.status ?? 'authenticated';
  const user = { ...defaultUser, ...overrides.user, screen_locked: status === 'locked' };
  const account = { ...defaultAccount, ...overrides.account };
  const accounts = overrides.accounts ?? [{ id: account.id, title: account.title ?? account.id }];
  const signedIn = status === 'authenticated';
  return sessionSchema.parse({
    status,
    app: overrides.app === null ? null : { ...mockApp, ...overrides.app },
    user: status === 'unauthenticated' ? null : user,
    account: signedIn || status === 'locked' ? account : null,
    access: signedIn ? (overrides.access ?? fullAccess) : {},
    alerts: signedIn ? (overrides.alerts ?? []).map(toAlert) : [],
    accountChoices:
      status === 'select_account'
        ? { accounts, lastLogin: overrides.lastLogin ?? accounts[0]?.id ?? null }
        : null,
    accessSignature: overrides.accessSignature ?? null,
    jwt: overrides.jwt ?? null,
    sessionId:
      status === 'unauthenticated'
        ? null
        : (overrides.sessionId ?? sessionIdFromJwt(overrides.jwt) ?? 'sess_this_device'),
    ended: status === 'unauthenticated' && (overrides.ended ?? false),
  });
}

function toAlert(alert: TestAlert, index: number) {
  return { id: `alert-${index + 1}`, text: '', priority: 3, ...alert };
}
