import {
  isReply,
  requestedAccountId,
  requireAccount,
  requireSelecting,
  requireUnlocked,
  selectAccount,
  sessionReply,
  whoIsAsking,
  type EndpointContext,
} from './callers';
import { EXPIRED_MESSAGE } from './faults';
import { fail, type Reply } from './respond';
import { accountChoice, accountList, findMembership, signedOutBody, type Caller } from './session';
import { issueToken, randomId } from './token';

// The session API's endpoints, as functions of the server state.

export interface Endpoint {
  method: 'get' | 'post';
  /** Path below the API URL; also the name `only` and `requests` use. */
  path: string;
  /** Reads or needs the session, so the `expired` fault applies to it. */
  authenticated: boolean;
  /** Also answers `${path}/:id` (the account id in the path). */
  idInPath?: boolean;
  handle(ctx: EndpointContext): Reply;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The 400 for blank fields, or `undefined` when every named field is filled. */
function missingFields(ctx: EndpointContext, messages: Record<string, string>): Reply | undefined {
  const fields = Object.fromEntries(
    Object.entries(messages).filter(([name]) => text(ctx.body[name]).trim() === ''),
  );
  return Object.keys(fields).length > 0
    ? fail(400, 'Please fill in the highlighted fields.', fields)
    : undefined;
}

function chooseAccount(ctx: EndpointContext, caller: Caller): Reply {
  const accountId = requestedAccountId(ctx);
  if (findMembership(caller.user, accountId) === undefined) {
    const message = 'Choose one of your accounts.';
    return fail(400, message, { account_id: message });
  }
  return selectAccount(ctx, caller, accountId);
}

export const endpoints: readonly Endpoint[] = [
  {
    method: 'get',
    path: '/app/session',
    authenticated: true,
    handle(ctx) {
      const { caller, revoked } = whoIsAsking(ctx);
      return revoked ? fail(401, EXPIRED_MESSAGE) : sessionReply(ctx, caller);
    },
  },
  {
    method: 'post',
    path: '/app/login',
    authenticated: false,
    handle(ctx) {
      const missing = missingFields(ctx, {
        username: 'Enter your username.',
        password: 'Enter your password.',
      });
      if (missing) return missing;
      const user = ctx.options.users.find((candidate) => candidate.username === ctx.body.username);
      if (user === undefined || user.password !== ctx.body.password) {
        return fail(401, 'Invalid username or password.');
      }
      const [only, ...others] = user.memberships;
      const accountId = only !== undefined && others.length === 0 ? only.account.id : null;
      const sid = randomId('sess_');
      const session = {
        sid,
        username: user.username,
        accountId,
        locked: false,
        token: issueToken(ctx.state.secret, user.profile.id, sid, ctx.now),
      };
      ctx.state.session = session;
      if (accountId !== null) ctx.state.lastLogin[user.username] = accountId;
      return sessionReply(ctx, { session, user });
    },
  },
  {
    method: 'get',
    path: '/app/login-account',
    authenticated: true,
    handle(ctx) {
      const caller = requireSelecting(ctx);
      if (isReply(caller)) return caller;
      const body = accountChoice(caller.user, ctx.state, ctx.options.accountList);
      return { kind: 'ok', body: { ...body }, message: '' };
    },
  },
  {
    method: 'post',
    path: '/app/login-account',
    authenticated: true,
    idInPath: true,
    handle(ctx) {
      const caller = requireSelecting(ctx);
      return isReply(caller) ? caller : chooseAccount(ctx, caller);
    },
  },
  ...(['get', 'post'] as const).map((method): Endpoint => ({
    method,
    path: '/app/logout',
    authenticated: false,
    handle(ctx) {
      if (whoIsAsking(ctx).caller !== null) ctx.state.session = null;
      return { kind: 'session', body: signedOutBody(ctx.options, 'logout'), token: null };
    },
  })),
  {
    method: 'get',
    path: '/user/change-account',
    authenticated: true,
    handle(ctx) {
      const caller = requireUnlocked(ctx);
      if (isReply(caller)) return caller;
      return { kind: 'ok', body: accountList(caller.user, ctx.options.accountList), message: '' };
    },
  },
  {
    method: 'post',
    path: '/user/change-account',
    authenticated: true,
    idInPath: true,
    handle(ctx) {
      const caller = requireUnlocked(ctx);
      return isReply(caller) ? caller : chooseAccount(ctx, caller);
    },
  },
  {
    method: 'get',
    path: '/user/lock-screen',
    authenticated: true,
    handle(ctx) {
      const caller = requireAccount(ctx);
      if (isReply(caller)) return caller;
      const session = { ...caller.session, locked: true };
      ctx.state.session = session;
      return sessionReply(ctx, { session, user: caller.user });
    },
  },
  {
    method: 'post',
    path: '/user/lock-screen',
    authenticated: true,
    handle(ctx) {
      const caller = requireAccount(ctx);
      if (isReply(caller)) return caller;
      const missing = missingFields(ctx, { password: 'Enter your password.' });
      if (missing) return missing;
      if (ctx.body.password !== caller.user.password) {
        return fail(401, 'The password is incorrect.', { password: 'The password is incorrect.' });
      }
      const session = { ...caller.session, locked: false };
      ctx.state.session = session;
      return sessionReply(ctx, { session, user: caller.user });
    },
  },
  {
    method: 'post',
    path: '/app/forgot-password',
    authenticated: false,
    handle(ctx) {
      if (!/^[^\s@]+@[^\s@]+$/.test(text(ctx.body.email))) {
        const message = 'Enter a valid email address.';
        return fail(400, message, { email: message });
      }
      const message = 'If that address has an account, a reset link is on its way.';
      return { kind: 'ok', body: { success: true, message }, message };
    },
  },
  {
    method: 'post',
    path: '/app/reset-password',
    authenticated: false,
    handle(ctx) {
      const missing = missingFields(ctx, {
        token: 'This reset link is invalid or has expired.',
        password: 'Enter a new password.',
        confirm: 'Repeat the new password.',
      });
      if (missing) return missing;
      if (text(ctx.body.password).length < 8) {
        return fail(400, 'Please fix the highlighted fields.', {
          password: 'Use at least 8 characters.',
        });
      }
      if (ctx.body.password !== ctx.body.confirm) {
        return fail(400, 'Please fix the highlighted fields.', {
          confirm: 'The passwords do not match.',
        });
      }
      const message = 'Your password has been reset. You can log in now.';
      return { kind: 'ok', body: { success: true, message }, message };
    },
  },
];
