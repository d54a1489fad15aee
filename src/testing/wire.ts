import { SessionError, type SessionErrorKind } from '../core/SessionError';
import type { Session } from '../core/schemas/session';
import { issueToken } from '../mock/token';

// The in-memory server's answers, in the session API's wire format: the kit's own client and
// schemas read them back, exactly as they read a real server's.

/** A session as `GET /app/session` and the login calls send it. */
export function sessionBody(session: Session) {
  const choices = session.status === 'select_account' ? session.accountChoices : null;
  const user = session.user && { ...session.user, screen_locked: session.status === 'locked' };
  return {
    // The test's own JWT (bearer mode), else a fake one the kit reads the session id (`sid`) from
    // and, in cookie mode, does not keep.
    jwt:
      session.jwt ??
      (session.sessionId ? sessionToken(user?.id ?? 'anonymous', session.sessionId) : ''),
    auth: choices
      ? { select_account: { accounts: choices.accounts, last_login: choices.lastLogin } }
      : session.status !== 'unauthenticated',
    app: session.app ?? {},
    account: session.account ?? {},
    user: user ?? {},
    access: session.access,
    alerts: session.alerts,
    access_signature: session.accessSignature,
  };
}

/** A JWT-shaped token (signed with a fixed test secret; the client never verifies it) with `sub` and `sid` claims and a one-hour `exp`. */
export const sessionToken = (userId: string, sessionId: string) =>
  issueToken('react-session-kit/testing', userId, sessionId, Math.floor(Date.now() / 1000));

const statusOfKind: Partial<Record<SessionErrorKind, number>> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  gone: 410,
  rate_limited: 429,
  validation: 400,
  http: 400,
};

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/**
 * A `SessionError` thrown by a handler, as the server would answer it: the client turns it back
 * into the same kind, message and fields. `network` fails the request itself.
 */
export function errorResponse(error: SessionError): Response {
  if (error.kind === 'network') throw new TypeError('Failed to fetch');
  const status = error.status ?? statusOfKind[error.kind] ?? 500;
  const type = status >= 500 ? 'system' : 'user';
  const body = { error: { type, code: status, message: error.message, fields: error.fields } };
  const headers: Record<string, string> = {};
  if (error.retryAfter !== undefined) headers['Retry-After'] = String(error.retryAfter);
  return json(body, status, headers);
}

/** Throws the `SessionError` the in-memory server answers with. */
export function fail(
  kind: SessionErrorKind,
  message: string,
  fields?: Record<string, string>,
): never {
  throw new SessionError({ kind, message, fields });
}
