// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMockBackend, type MockBackendOptions } from '../../src/mock';
import { at } from '../support/json';
import { setUpServer } from '../support/server';

// Each API variant the options select. Cookie tests use their own host each: MSW keeps one cookie
// jar per process, so a BackstackJWT set by one test would reach the next one's fresh backend.

const server = setUpServer();

function start(options: MockBackendOptions = {}) {
  const backend = createMockBackend(options);
  server.use(...backend.handlers);
  const api = (options.apiUrl ?? 'https://api.example.test').replace(/\/$/, '');
  async function call(path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${api}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await response.json();
    return { status: response.status, headers: response.headers, json };
  }
  return { backend, call };
}

/** An answer in the `data` or `payload` envelope. */
const envelope = (key: 'data' | 'payload', success: boolean, message: string, body: unknown) => ({
  success,
  message,
  [key]: body,
});

const single = { username: 'single', password: 'password' };
const multi = { username: 'multi', password: 'password' };

describe('envelope', () => {
  it("'data' wraps answers in {success, message, data} and errors in data.fields", async () => {
    const { call } = start({ envelope: 'data' });
    const ok = await call('/app/login', single);
    expect(ok.json).toMatchObject(
      envelope('data', true, '', { auth: true, account: { title: 'Acme Corp' } }),
    );
    const wrong = await call('/app/login', { username: 'single', password: 'x' });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual(
      envelope('data', false, 'Invalid username or password.', { fields: {} }),
    );
    const missing = await call('/app/login', { username: 'single' });
    expect(missing.json).toEqual(
      envelope('data', false, 'Please fill in the highlighted fields.', {
        fields: { password: 'Enter your password.' },
      }),
    );
  });

  it("'payload' wraps answers in {success, message, payload} and errors in payload.error.fields", async () => {
    const { call } = start({ envelope: 'payload' });
    const ok = await call('/app/login', multi);
    expect(ok.json).toMatchObject(
      envelope('payload', true, '', { auth: { select_account: { last_login: 'acc_1000000002' } } }),
    );
    const choices = await call('/app/login-account');
    expect(at(choices.json, 'payload', 'last_login')).toBe('acc_1000000002');
    const bad = await call('/app/login-account', { account_id: 'acc_nope' });
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual(
      envelope('payload', false, 'Choose one of your accounts.', {
        error: { fields: { account_id: 'Choose one of your accounts.' } },
      }),
    );
  });

  it("'bare' (the default) sends objects as they are and errors as {error: {type, code, message, fields}}", async () => {
    const { call } = start();
    expect(at((await call('/app/session')).json, 'auth')).toBe(false);
    const wrong = await call('/app/login', { username: 'single', password: 'x' });
    expect(wrong.json).toEqual({
      error: { type: 'user', code: 401, message: 'Invalid username or password.', fields: {} },
    });
  });

  it("puts the message of a success in 'data' answers of the password endpoints", async () => {
    const { call } = start({ envelope: 'data' });
    const { json } = await call('/app/forgot-password', { email: 'single@example.test' });
    expect(json).toMatchObject({ success: true, data: { success: true } });
    expect(at(json, 'message')).not.toBe('');
  });
});

describe('jwtTransport', () => {
  it("'body' sends the token in jwt and honours it as a bearer token, only there", async () => {
    const { call } = start({ jwtTransport: 'body' });
    const { headers, json } = await call('/app/login', single);
    const token = at(json, 'jwt');
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(headers.get('X-JWT')).toBeNull();
    expect(headers.get('Set-Cookie')).toBeNull();
    const session = await call('/app/session', undefined, { Authorization: `Bearer ${token}` });
    expect(at(session.json, 'jwt')).toBe(token);
    expect(at((await call('/app/session')).json, 'auth')).toBe(false);
  });

  it("'header' sends the token in X-JWT and an empty jwt", async () => {
    const { call } = start({ jwtTransport: 'header' });
    const { headers, json } = await call('/app/login', single);
    expect(at(json, 'jwt')).toBe('');
    const token = headers.get('X-JWT');
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const session = await call('/app/session', undefined, { Authorization: token ?? '' });
    expect(session.headers.get('X-JWT')).toBe(token);
    const loggedOut = await call('/app/logout', undefined, { Authorization: token ?? '' });
    expect(loggedOut.headers.get('X-JWT')).toBeNull();
    expect(at(loggedOut.json, 'auth')).toBe(false);
  });

  it("'cookie' (the default) sets an HttpOnly BackstackJWT cookie, reads it back, and clears it on log-out", async () => {
    const { backend, call } = start({
      jwtTransport: 'cookie',
      apiUrl: 'https://cookie-1.example.test',
    });
    const { headers, json } = await call('/app/login', single);
    const cookie = headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(
      /^BackstackJWT=[\w-]+\.[\w-]+\.[\w-]+; HttpOnly; Path=\/; SameSite=None; Secure$/,
    );
    // As the reference API: the body carries the cookie's JWT too (the kit keeps only its sid).
    expect(`BackstackJWT=${String(at(json, 'jwt'))};`).toBe(cookie.split(' ')[0]);
    // MSW's cookie jar sends the cookie back (the next test shows the mock reads it).
    const session = await call('/app/session');
    expect(at(session.json, 'auth')).toBe(true);
    const loggedOut = await call('/app/logout');
    expect(loggedOut.headers.get('Set-Cookie')).toMatch(/^BackstackJWT=; Max-Age=0;/);
    expect(backend.state.stage).toBe('signed_out');
  });

  it("'cookie' identifies the client by its cookie: a replaced session's cookie gets 401", async () => {
    const { call } = start({ jwtTransport: 'cookie', apiUrl: 'https://cookie-2.example.test' });
    const first = await call('/app/login', single);
    const oldCookie = (first.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
    await call('/app/login', multi);
    const stale = await call('/app/session', undefined, { Cookie: oldCookie });
    expect(stale.status).toBe(401);
  });
});

describe('accountList', () => {
  const expectedFor = {
    map: {
      acc_1000000001: 'Acme Corp',
      acc_1000000002: 'Globex',
      acc_1000000003: 'Initech Research & Development Division, Northern Region',
    },
    pairs: [
      { acc_1000000001: 'Acme Corp' },
      { acc_1000000002: 'Globex' },
      { acc_1000000003: 'Initech Research & Development Division, Northern Region' },
    ],
    objects: [
      { id: 'acc_1000000001', title: 'Acme Corp' },
      { id: 'acc_1000000002', title: 'Globex' },
      { id: 'acc_1000000003', title: 'Initech Research & Development Division, Northern Region' },
    ],
  } as const;

  it.each(['map', 'pairs', 'objects'] as const)("'%s' shapes every account list", async (shape) => {
    const { call } = start({ accountList: shape });
    const login = await call('/app/login', multi);
    expect(at(login.json, 'auth', 'select_account', 'accounts')).toEqual(expectedFor[shape]);
    expect(at((await call('/app/login-account')).json, 'accounts')).toEqual(expectedFor[shape]);
    await call('/app/login-account', { account_id: 'acc_1000000001' });
    expect((await call('/user/change-account')).json).toEqual(expectedFor[shape]);
  });
});

describe('legacySignals', () => {
  it('signals login before log-in, select_account with signal_data, and logout', async () => {
    const { call } = start({ legacySignals: true });
    expect((await call('/app/session')).json).toMatchObject({ auth: false, signal: 'login' });
    const login = await call('/app/login', multi);
    expect(login.json).toMatchObject({
      auth: false,
      signal: 'select_account',
      signal_data: { last_login: 'acc_1000000002', accounts: { acc_1000000002: 'Globex' } },
      account: {},
      access: {},
    });
    expect(login.headers.get('X-Session-Status')).toBe('auth');
    const selected = await call('/app/login-account', { account_id: 'acc_1000000002' });
    expect(selected.json).toMatchObject({ auth: true, account: { title: 'Globex' } });
    expect(selected.json).not.toHaveProperty('signal');
    expect((await call('/app/logout')).json).toMatchObject({ auth: false, signal: 'logout' });
  });

  it('never sends signal without it', async () => {
    const { call } = start();
    expect((await call('/app/login', multi)).json).not.toHaveProperty('signal');
  });
});

describe('accountIdIn', () => {
  it("'path' answers 404 to the body variant", async () => {
    const { call } = start({ accountIdIn: 'path' });
    await call('/app/login', multi);
    const body = await call('/app/login-account', { account_id: 'acc_1000000001' });
    expect(body.status).toBe(404);
    expect(at(body.json, 'error', 'type')).toBe('codebase');
    const path = await call('/app/login-account/acc_1000000001', {});
    expect(path.status).toBe(200);
  });

  it("'body' answers 404 to the path variant", async () => {
    const { call } = start({ accountIdIn: 'body' });
    await call('/app/login', multi);
    await call('/app/login-account', { account_id: 'acc_1000000001' });
    expect((await call('/user/change-account/acc_1000000002', {})).status).toBe(404);
    const body = await call('/user/change-account', { account_id: 'acc_1000000002' });
    expect(at(body.json, 'account', 'id')).toBe('acc_1000000002');
  });
});

describe('transport details', () => {
  it('tolerates a trailing slash on apiUrl', async () => {
    const { call } = start({ apiUrl: 'https://slash.example.test/v1/' });
    const { status } = await call('/app/session');
    expect(status).toBe(200);
  });

  it('leaves X-Session-Status out when sessionStatusHeader is false', async () => {
    const { call } = start({ sessionStatusHeader: false });
    expect((await call('/app/session')).headers.get('X-Session-Status')).toBeNull();
  });

  it('waits the configured latency', async () => {
    const { call } = start({ latency: [60, 80] });
    const started = performance.now();
    await call('/app/session');
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
  });
});
