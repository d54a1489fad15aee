import * as z from 'zod/mini';
import { sessionIdFromJwt } from './jwtPayload';
import { pathSegment } from './pathSegment';
import { accountChoicesSchema, type AccountChoices } from './schemas/accountChoices';
import type { Session } from './schemas/session';
import { sessionAnswerSchema } from './schemas/sessionAnswer';
import { createTransport, type Transport, type TransportOptions } from './transport';

export interface SessionClientOptions extends TransportOptions {
  /** Where an account id goes in `POST /app/login-account` and `/user/change-account`. Default `'body'`. */
  accountIdIn?: 'body' | 'path';
  /** Default `'GET'`; older deployments log out with `POST`. */
  logoutMethod?: 'GET' | 'POST';
}

export interface Credentials {
  username: string;
  password: string;
}

export interface ResetPasswordInput {
  token: string;
  password: string;
  confirm: string;
}

export interface CallOptions {
  signal?: AbortSignal;
}

/** A framework-free client for every call of the session API. Every method throws `SessionError`. */
export interface SessionClient {
  readonly apiUrl: string;
  readonly transport: Transport;
  getSession(options?: CallOptions): Promise<Session>;
  login(credentials: Credentials, options?: CallOptions): Promise<Session>;
  getLoginAccounts(options?: CallOptions): Promise<AccountChoices>;
  selectAccount(accountId: string, options?: CallOptions): Promise<Session>;
  getAccountChoices(options?: CallOptions): Promise<AccountChoices>;
  changeAccount(accountId: string, options?: CallOptions): Promise<Session>;
  logout(options?: CallOptions): Promise<Session>;
  lockScreen(options?: CallOptions): Promise<Session>;
  unlockScreen(password: string, options?: CallOptions): Promise<Session>;
  forgotPassword(email: string, options?: CallOptions): Promise<void>;
  resetPassword(input: ResetPasswordInput, options?: CallOptions): Promise<void>;
}

const anything = z.transform(() => undefined);

/**
 * Creates the session API client. Pass it to `<SessionProvider client={…}>` when you need more
 * than `apiUrl`, or call it directly outside React.
 *
 * @example
 * const client = createSessionClient({ apiUrl: 'https://api.example.com', appKey: 'pk_live_…' })
 * const session = await client.login({ username, password })
 * if (session.status === 'select_account') await client.selectAccount(session.accountChoices!.lastLogin!)
 */
export function createSessionClient(options: SessionClientOptions): SessionClient {
  const transport = createTransport(options);
  const accountPath = (base: string, accountId: string) =>
    options.accountIdIn === 'path' ? `${base}/${pathSegment(accountId, 'account_id')}` : base;
  const accountBody = (accountId: string) =>
    options.accountIdIn === 'path' ? undefined : { account_id: accountId };

  async function session(method: 'GET' | 'POST', path: string, body: unknown, call?: CallOptions) {
    const result = await transport.request({
      method,
      path,
      body,
      schema: sessionAnswerSchema,
      signal: call?.signal,
      carriesSession: true,
    });
    // Cookie mode: the JWT rides in its HttpOnly cookie and never enters the kit's state.
    if (transport.jwtTransport === 'cookie') return { ...result, jwt: null };
    if (result.status === 'unauthenticated') transport.setToken(null);
    else if (result.jwt) transport.setToken(result.jwt);
    const jwt = result.jwt ?? transport.getToken();
    return { ...result, jwt, sessionId: result.sessionId ?? sessionIdFromJwt(jwt) };
  }

  const choices = (path: string, call?: CallOptions) =>
    transport.request({ method: 'GET', path, schema: accountChoicesSchema, signal: call?.signal });

  const action = async (path: string, body: unknown, call?: CallOptions) => {
    await transport.request({ method: 'POST', path, body, schema: anything, signal: call?.signal });
  };

  return {
    apiUrl: options.apiUrl,
    transport,
    getSession: (call) => session('GET', '/app/session', undefined, call),
    login: ({ username, password }, call) =>
      session('POST', '/app/login', { username, password }, call),
    getLoginAccounts: (call) => choices('/app/login-account', call),
    selectAccount: async (accountId, call) =>
      session('POST', accountPath('/app/login-account', accountId), accountBody(accountId), call),
    getAccountChoices: (call) => choices('/user/change-account', call),
    changeAccount: async (accountId, call) =>
      session('POST', accountPath('/user/change-account', accountId), accountBody(accountId), call),
    logout: (call) => session(options.logoutMethod ?? 'GET', '/app/logout', undefined, call),
    lockScreen: (call) => session('GET', '/user/lock-screen', undefined, call),
    unlockScreen: (password, call) => session('POST', '/user/lock-screen', { password }, call),
    forgotPassword: (email, call) => action('/app/forgot-password', { email }, call),
    resetPassword: (input, call) => action('/app/reset-password', input, call),
  };
}
