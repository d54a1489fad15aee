import { EXPIRED_MESSAGE } from './faults';
import type { ResolvedOptions } from './options';
import { fail, type Reply } from './respond';
import { callerBody, signedOutBody, type Caller } from './session';
import type { ServerState } from './state';
import { issueToken } from './token';

// Who is asking, and the guards endpoints put in front of their work.

/** What an endpoint gets to work with. `state` is mutable: the pipeline writes it back afterwards. */
export interface EndpointContext {
  state: ServerState;
  options: ResolvedOptions;
  /** The JSON body as an object (`{}` when absent or not an object). */
  body: Record<string, unknown>;
  /** The account id from the path (`…/:id`), if the route has one. */
  pathId: string | undefined;
  /**
   * Session id of the mock JWT the request presented where the API's `jwtTransport` puts it (the
   * `BackstackJWT` cookie, else `Authorization`); `undefined` when it presented none.
   */
  presentedSid: string | undefined;
  /** Unix seconds. */
  now: number;
}

/**
 * The caller behind a request, as a real server sees it: only a request that presents the session's
 * JWT is that session's caller. One with no JWT of this server (none, an app key, a foreign token) is
 * nobody; one whose JWT names another session (ended, replaced by a newer log-in) is `revoked`.
 */
export function whoIsAsking(ctx: EndpointContext): { caller: Caller | null; revoked: boolean } {
  const { session } = ctx.state;
  if (ctx.presentedSid === undefined) return { caller: null, revoked: false };
  if (ctx.presentedSid !== session?.sid) return { caller: null, revoked: true };
  const user = ctx.options.users.find((candidate) => candidate.username === session?.username);
  return { caller: session && user ? { session, user } : null, revoked: false };
}

export const isReply = (value: Caller | Reply): value is Reply => 'kind' in value;

/** The signed-in caller (any stage), or a 401. */
function requireCaller(ctx: EndpointContext): Caller | Reply {
  const { caller, revoked } = whoIsAsking(ctx);
  if (caller !== null) return caller;
  return fail(401, revoked ? EXPIRED_MESSAGE : 'Please log in to continue.');
}

/** The caller with an account selected, or the error to answer. */
export function requireAccount(ctx: EndpointContext): Caller | Reply {
  const caller = requireCaller(ctx);
  if (isReply(caller) || caller.session.accountId !== null) return caller;
  return fail(400, 'Select an account first.', undefined, 'codebase');
}

/** The caller that has still to select an account, or the error to answer. */
export function requireSelecting(ctx: EndpointContext): Caller | Reply {
  const caller = requireCaller(ctx);
  if (isReply(caller) || caller.session.accountId === null) return caller;
  return fail(400, 'No account selection is pending.', undefined, 'codebase');
}

/** The caller with an account selected and the screen unlocked, or the error to answer. */
export function requireUnlocked(ctx: EndpointContext): Caller | Reply {
  const caller = requireAccount(ctx);
  if (isReply(caller) || !caller.session.locked) return caller;
  return fail(403, 'Unlock the screen first.');
}

export function sessionReply(ctx: EndpointContext, caller: Caller | null): Reply {
  return caller === null
    ? { kind: 'session', body: signedOutBody(ctx.options), token: null }
    : {
        kind: 'session',
        body: callerBody(caller, ctx.state, ctx.options),
        token: caller.session.token,
      };
}

/** Activates `accountId` for the caller with a new token, and answers the new session. */
export function selectAccount(ctx: EndpointContext, { session, user }: Caller, accountId: string) {
  const next = {
    ...session,
    accountId,
    locked: false,
    token: issueToken(ctx.state.secret, user.profile.id, session.sid, ctx.now),
  };
  ctx.state.session = next;
  ctx.state.lastLogin[user.username] = accountId;
  return sessionReply(ctx, { session: next, user });
}

/** The account id of `POST …/login-account` and `POST …/change-account`: from the path, else the body. */
export const requestedAccountId = (ctx: EndpointContext): string =>
  ctx.pathId ?? (typeof ctx.body.account_id === 'string' ? ctx.body.account_id : '');
