import type { Credentials, ResetPasswordInput } from '../core/client';
import { isSessionError } from '../core/SessionError';
import type { AccountChoice } from '../core/schemas/accountChoices';
import type { Session } from '../core/schemas/session';
import { accountSchema } from '../core/schemas/entities';
import { signedOutSession } from '../core/signedOut';
import { createTestSession } from './createTestSession';
import type { SessionPreset } from './presets';
import { createSessionsApi } from './sessionsApi';
import { errorResponse, fail, json, sessionBody } from './wire';

type Answer = Session | undefined | void;

/**
 * Called with what the app sent and the session at that moment. Return a session to answer with
 * it, nothing to let the mock do what the server would, or throw a `SessionError` to fail.
 */
export interface MockSessionHandlers {
  login?(credentials: Credentials, session: Session): Answer | Promise<Answer>;
  selectAccount?(accountId: string, session: Session): Answer | Promise<Answer>;
  changeAccount?(accountId: string, session: Session): Answer | Promise<Answer>;
  logout?(session: Session): Answer | Promise<Answer>;
  lockScreen?(session: Session): Answer | Promise<Answer>;
  unlockScreen?(password: string, session: Session): Answer | Promise<Answer>;
  forgotPassword?(email: string): void | Promise<void>;
  resetPassword?(input: ResetPasswordInput): void | Promise<void>;
  revokeSession?(sessionId: string): void | Promise<void>;
}

export interface MockSessionServer {
  /** A `fetch` answering the session and sessions APIs under `apiUrl` from memory. */
  fetch: typeof globalThis.fetch;
  /** Makes `preset` the server's session; `'loading'` makes `GET /app/session` hang. */
  set(preset: SessionPreset): void;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The session API of one signed-in user, in memory: login, account choice and switch, lock,
 * logout and the sessions list move the session as the server would, unless a handler answers.
 */
export function createMockSessionServer(
  apiUrl: string,
  preset: SessionPreset,
  handlers: MockSessionHandlers = {},
): MockSessionServer {
  const basePath = new URL(apiUrl).pathname.replace(/\/+$/, '');
  let current: Session | 'loading' = 'loading';
  let signedIn = createTestSession();
  let accounts: readonly AccountChoice[] = [];
  const sessionsApi = createSessionsApi({
    userId: () => now().user?.id,
    thisDevice: () => signedIn.sessionId,
    onRevoke: async (id) => {
      await handlers.revokeSession?.(id);
      if (id === now().sessionId) current = signedOutSession(now().app, true);
    },
  });

  function set({ session, accounts: given }: SessionPreset) {
    current = session;
    if (session === 'loading') return;
    if (session.status === 'authenticated') signedIn = session;
    else if (session.user) {
      const choices = session.accountChoices;
      const lastLogin = choices?.accounts.find(({ id }) => id === choices.lastLogin);
      signedIn = createTestSession({
        app: session.app,
        user: session.user,
        account: session.account ?? lastLogin ?? choices?.accounts[0],
        sessionId: session.sessionId,
      });
    }
    const fallback = signedIn.account && [
      { id: signedIn.account.id, title: signedIn.account.title ?? '' },
    ];
    accounts = given ?? session.accountChoices?.accounts ?? fallback ?? [];
  }
  set(preset);

  const now = (): Session => (current === 'loading' ? signedOutSession(signedIn.app) : current);
  const put = (session: Session) => {
    current = session;
    if (session.status === 'authenticated') signedIn = session;
    return json(sessionBody(session));
  };

  function inAccount(accountId: string): Session {
    const choice = accounts.find(({ id }) => id === accountId);
    if (!choice)
      fail('validation', 'Choose one of your accounts.', {
        account_id: 'Choose one of your accounts.',
      });
    const account =
      signedIn.account?.id === accountId ? signedIn.account : accountSchema.parse(choice);
    return { ...signedIn, account, status: 'authenticated' };
  }

  function choosing(): Session {
    return {
      ...signedIn,
      status: 'select_account',
      account: null,
      access: {},
      alerts: [],
      accountChoices: { accounts: [...accounts], lastLogin: signedIn.account?.id ?? null },
    };
  }

  function requireStatus(status: Session['status']): Session {
    const session = now();
    if (session.status !== status)
      fail(status === 'authenticated' ? 'unauthorized' : 'forbidden', `Not ${status}.`);
    return session;
  }

  async function route(
    method: string,
    path: string,
    query: URLSearchParams,
    body: Record<string, unknown>,
    signal: AbortSignal | undefined,
  ): Promise<Response> {
    const answer = async (handled: Answer | Promise<Answer>, otherwise: () => Session) =>
      put((await handled) ?? otherwise());
    const call = `${method} ${path}`;
    switch (call) {
      case 'GET /app/session':
        return current === 'loading' ? never(signal) : json(sessionBody(current));
      case 'POST /app/login': {
        const credentials = { username: text(body.username), password: text(body.password) };
        const blank = Object.entries(credentials).filter(([, value]) => value.trim() === '');
        if (blank.length > 0)
          fail(
            'validation',
            'Please fill in the highlighted fields.',
            Object.fromEntries(blank.map(([name]) => [name, `Enter your ${name}.`])),
          );
        return answer(handlers.login?.(credentials, now()), () =>
          accounts.length > 1 ? choosing() : inAccount(accounts[0]?.id ?? ''),
        );
      }
      case 'GET /app/login-account': {
        const choices = requireStatus('select_account').accountChoices;
        return json({ accounts: choices?.accounts ?? [], last_login: choices?.lastLogin });
      }
      case 'POST /app/login-account': {
        const accountId = text(body.account_id);
        const session = requireStatus('select_account');
        return answer(handlers.selectAccount?.(accountId, session), () => inAccount(accountId));
      }
      case 'GET /user/change-account':
        requireStatus('authenticated');
        return json(accounts);
      case 'POST /user/change-account': {
        const accountId = text(body.account_id);
        const session = requireStatus('authenticated');
        return answer(handlers.changeAccount?.(accountId, session), () => inAccount(accountId));
      }
      case 'GET /app/logout':
        return answer(handlers.logout?.(now()), () => signedOutSession(now().app));
      case 'GET /user/lock-screen': {
        const session = requireStatus('authenticated');
        return answer(handlers.lockScreen?.(session), () => ({
          ...session,
          status: 'locked',
          access: {},
          alerts: [],
        }));
      }
      case 'POST /user/lock-screen': {
        const password = text(body.password);
        if (password === '')
          fail('validation', 'Enter your password.', { password: 'Enter your password.' });
        const session = requireStatus('locked');
        return answer(handlers.unlockScreen?.(password, session), () =>
          inAccount(session.account?.id ?? ''),
        );
      }
      case 'POST /app/forgot-password':
        await handlers.forgotPassword?.(text(body.email));
        return json({
          success: true,
          message: 'If that address has an account, a reset link is on its way.',
        });
      case 'POST /app/reset-password':
        await handlers.resetPassword?.({
          token: text(body.token),
          password: text(body.password),
          confirm: text(body.confirm),
        });
        return json({ success: true, message: 'Your password has been reset.' });
    }
    return sessionsApi.route(method, path, query);
  }

  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = url.pathname.slice(basePath.length) || '/';
    const body = parseBody(init?.body);
    try {
      return await route(method, path, url.searchParams, body, init?.signal ?? undefined);
    } catch (error) {
      if (isSessionError(error)) return errorResponse(error);
      throw error;
    }
  };

  return { fetch, set };
}

/** The answer that never comes: only an abort ends it. */
function never(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    const abort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort, { once: true });
  });
}

function parseBody(body: BodyInit | null | undefined): Record<string, unknown> {
  if (typeof body !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? { ...parsed }
      : {};
  } catch {
    return {};
  }
}
