// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMockBackend, mockUsers, type MockBackendOptions } from '../../src/mock';
import { at } from '../support/json';
import { setUpServer } from '../support/server';

const API = 'https://api.example.test';
const server = setUpServer();

/** The JWT of the last session answer, sent by `call` as a bearer client would. */
let held: string | null = null;

/** A mock in bearer mode (`jwt` in the body), as a client with `jwtTransport: 'bearer'` uses it. */
function start(options?: MockBackendOptions) {
  held = null;
  const backend = createMockBackend({ jwtTransport: 'body', ...options });
  server.use(...backend.handlers);
  return backend;
}

/** A request with the held JWT as `Authorization`; `token` sends another one, `null` none. */
async function call(
  path: string,
  init: { method?: string; body?: unknown; token?: string | null } = {},
) {
  const token = init.token === undefined ? held : init.token;
  const response = await fetch(`${API}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: {
      'Content-Type': 'application/json',
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const json: unknown = await response.json();
  if (typeof json === 'object' && json !== null && 'jwt' in json && typeof json.jwt === 'string')
    held = json.jwt === '' ? null : json.jwt;
  return { status: response.status, headers: response.headers, json };
}

const login = (username: string, password = 'password') =>
  call('/app/login', { body: { username, password } });

/** The JSON of an answer, once its HTTP status and `X-Session-Status` are checked. */
async function answered(
  status: number,
  sessionStatus: string,
  answer: ReturnType<typeof call>,
): Promise<unknown> {
  const { status: actual, headers, json } = await answer;
  expect(actual).toBe(status);
  expect(headers.get('X-Session-Status')).toBe(sessionStatus);
  return json;
}

function claims(token: unknown): Record<string, unknown> {
  if (typeof token !== 'string') throw new Error('no token');
  const [, payload] = token.split('.');
  return JSON.parse(atob((payload ?? '').replace(/-/g, '+').replace(/_/g, '/')));
}

describe('before log-in', () => {
  it('answers GET /app/session with an app session and auth: false', async () => {
    start();
    const json = await answered(200, 'auth', call('/app/session'));
    expect(json).toMatchObject({
      jwt: '',
      auth: false,
      app: { id: 'app_1234567891', title: 'Demo App', allow_signup: true },
      user: {},
      account: {},
      access: {},
      alerts: [],
    });
    expect(at(json, 'user')).toEqual({});
    expect(json).not.toHaveProperty('signal');
  });
});

describe('POST /app/login', () => {
  it('logs a single-account user straight in', async () => {
    const backend = start();
    const json = await answered(200, 'current', login('single'));
    expect(json).toMatchObject({
      auth: true,
      account: { id: 'acc_1000000001', title: 'Acme Corp' },
      user: {
        id: 'usr_1000000001',
        username: 'single',
        screen_locked: false,
        roles: ['rol_1000000001'],
      },
      access: { 'account-users': 'crud', payments: 'crud', reports: 'r' },
    });
    expect(at(json, 'user', 'avatar')).toMatch(/^<svg/);
    expect(at(json, 'alerts')).toHaveLength(2);
    expect(at(json, 'access_signature')).toMatch(/^[0-9a-f]{32}$/);
    const token = at(json, 'jwt');
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(claims(token)).toMatchObject({ sub: 'usr_1000000001', sid: backend.state.sid });
    const { iat, exp } = claims(token);
    expect(typeof iat === 'number' && typeof exp === 'number' && exp > iat).toBe(true);
    expect(backend.state).toMatchObject({
      stage: 'signed_in',
      username: 'single',
      accountId: 'acc_1000000001',
    });
  });

  it('asks a multi-account user to select an account', async () => {
    const backend = start();
    const json = await answered(200, 'auth', login('multi'));
    expect(json).toMatchObject({
      auth: {
        select_account: {
          accounts: {
            acc_1000000001: 'Acme Corp',
            acc_1000000002: 'Globex',
            acc_1000000003: 'Initech Research & Development Division, Northern Region',
          },
          last_login: 'acc_1000000002',
        },
      },
      user: { username: 'multi', avatar: '', avatar_color: '#1f6feb' },
      account: {},
      access: {},
    });
    expect(at(json, 'account')).toEqual({});
    expect(backend.state.stage).toBe('select_account');
  });

  it('rejects a wrong password with 401 and the message to show', async () => {
    const backend = start();
    const { status, json } = await login('single', 'nope');
    expect(status).toBe(401);
    expect(json).toEqual({
      error: { type: 'user', code: 401, message: 'Invalid username or password.', fields: {} },
    });
    expect(backend.state.stage).toBe('signed_out');
  });

  it('rejects an unknown user like a wrong password', async () => {
    start();
    const { status, json } = await login('nobody');
    expect(status).toBe(401);
    expect(at(json, 'error', 'message')).toBe('Invalid username or password.');
  });

  it('names each missing field with 400', async () => {
    start();
    const noPassword = await call('/app/login', { body: { username: 'single' } });
    expect(noPassword.status).toBe(400);
    expect(at(noPassword.json, 'error', 'fields')).toEqual({ password: 'Enter your password.' });
    const nothing = await call('/app/login', { body: {} });
    expect(Object.keys(at(nothing.json, 'error', 'fields') as object).sort()).toEqual([
      'password',
      'username',
    ]);
  });

  it('issues a new token and session id on every log-in', async () => {
    start();
    const first = at((await login('single')).json, 'jwt');
    const second = at((await login('single')).json, 'jwt');
    expect(second).not.toBe(first);
    expect(claims(second).sid).not.toBe(claims(first).sid);
  });
});

describe('account selection', () => {
  it('lists the choices at GET /app/login-account and activates the posted one', async () => {
    const backend = start();
    const token = at((await login('multi')).json, 'jwt') as string;
    const choices = await call('/app/login-account', { token });
    expect(choices.status).toBe(200);
    expect(choices.json).toEqual({
      accounts: {
        acc_1000000001: 'Acme Corp',
        acc_1000000002: 'Globex',
        acc_1000000003: 'Initech Research & Development Division, Northern Region',
      },
      last_login: 'acc_1000000002',
    });
    const json = await answered(
      200,
      'current',
      call('/app/login-account', {
        body: { account_id: 'acc_1000000003' },
        token,
      }),
    );
    expect(json).toMatchObject({
      auth: true,
      account: { id: 'acc_1000000003' },
      access: { 'account-users': 'r', reports: 'crud' },
    });
    expect(at(json, 'jwt')).not.toBe(token);
    expect(claims(at(json, 'jwt')).sid).toBe(claims(token).sid);
    expect(backend.state).toMatchObject({ stage: 'signed_in', accountId: 'acc_1000000003' });
  });

  it('is bypassed by posting last_login straight back', async () => {
    start();
    const first = await login('multi');
    const lastLogin = at(first.json, 'auth', 'select_account', 'last_login');
    const { json } = await call('/app/login-account', { body: { account_id: lastLogin } });
    expect(json).toMatchObject({ auth: true, account: { id: 'acc_1000000002', title: 'Globex' } });
    expect(at(json, 'access')).toEqual({ payments: 'r', reports: 'r' });
  });

  it('accepts the account id in the path', async () => {
    start();
    await login('multi');
    const { json } = await call('/app/login-account/acc_1000000001', { method: 'POST' });
    expect(at(json, 'account', 'id')).toBe('acc_1000000001');
  });

  it('remembers the selected account as the next last_login', async () => {
    start();
    await login('multi');
    await call('/app/login-account', { body: { account_id: 'acc_1000000003' } });
    const again = await login('multi');
    expect(at(again.json, 'auth', 'select_account', 'last_login')).toBe('acc_1000000003');
  });

  it('answers an unknown account id with 400 on account_id', async () => {
    const backend = start();
    await login('multi');
    const { status, json } = await call('/app/login-account', { body: { account_id: 'acc_nope' } });
    expect(status).toBe(400);
    expect(at(json, 'error', 'fields')).toEqual({ account_id: 'Choose one of your accounts.' });
    expect(backend.state.stage).toBe('select_account');
  });

  it('refuses selection outside the select-account stage', async () => {
    start();
    expect((await call('/app/login-account')).status).toBe(401);
    await login('single');
    const { status, json } = await call('/app/login-account');
    expect(status).toBe(400);
    expect(at(json, 'error', 'type')).toBe('codebase');
  });

  it('keeps answering the select-account session until an account is chosen', async () => {
    start();
    await login('multi');
    const { status, json } = await call('/app/session');
    expect(status).toBe(200);
    expect(at(json, 'auth', 'select_account', 'last_login')).toBe('acc_1000000002');
  });
});

describe('GET /app/session after log-in', () => {
  it('answers the same session and token until something changes', async () => {
    start();
    const token = at((await login('single')).json, 'jwt') as string;
    const json = await answered(200, 'current', call('/app/session', { token }));
    expect(json).toMatchObject({ jwt: token, auth: true, user: { username: 'single' } });
  });

  it('sends the restricted user every alert, granted or not', async () => {
    start();
    const { json } = await login('restricted');
    expect(at(json, 'access')).toEqual({ reports: 'r' });
    const alerts = at(json, 'alerts') as { priority: number; access: string; href: string }[];
    expect(alerts.map((alert) => alert.priority)).toEqual([1, 2, 3]);
    expect(alerts.map((alert) => alert.access)).toEqual([
      'account-payment-methods:u',
      'reports:r',
      'account-users',
    ]);
    expect(alerts.filter((alert) => alert.href !== '')).toHaveLength(1);
  });

  it('answers 401 to a token from a replaced session', async () => {
    start();
    const old = at((await login('single')).json, 'jwt') as string;
    await login('restricted');
    const { status, json } = await call('/app/session', { token: old });
    expect(status).toBe(401);
    expect(at(json, 'error', 'message')).toBe('Your session has expired. Please log in again.');
  });

  it('is not the user for a request with the app key only, or no Authorization at all', async () => {
    const backend = start();
    const token = at((await login('single')).json, 'jwt') as string;
    for (const other of ['pk_test_1234567890', null]) {
      const json = await answered(200, 'auth', call('/app/session', { token: other }));
      expect(json).toMatchObject({ auth: false, user: {}, account: {}, jwt: '' });
      expect((await call('/user/change-account', { token: other })).status).toBe(401);
      await call('/app/logout', { token: other });
    }
    expect(backend.state.stage).toBe('signed_in'); // only the user can end the session
    expect(at((await call('/app/session', { token })).json, 'auth')).toBe(true);
  });

  it('takes no JWT of another mock backend', async () => {
    start();
    const foreign = at((await login('single')).json, 'jwt') as string;
    start();
    await login('single');
    const { status, json } = await call('/app/session', { token: foreign });
    expect(status).toBe(200);
    expect(at(json, 'auth')).toBe(false);
  });
});

describe('log-out', () => {
  it.each(['GET', 'POST'])('signs out with %s /app/logout', async (method) => {
    const backend = start();
    await login('single');
    const json = await answered(200, 'auth', call('/app/logout', { method }));
    expect(json).toMatchObject({ jwt: '', auth: false, user: {}, account: {}, access: {} });
    expect(at(json, 'user')).toEqual({});
    expect(backend.state.stage).toBe('signed_out');
    expect(at((await call('/app/session')).json, 'auth')).toBe(false);
  });

  it('leaves the current session alone when a revoked token logs out', async () => {
    const backend = start();
    const old = at((await login('single')).json, 'jwt') as string;
    await login('multi');
    await call('/app/logout', { token: old });
    expect(backend.state.username).toBe('multi');
  });
});

describe('change-account', () => {
  it('lists the accounts and switches to the posted one with a new token', async () => {
    const backend = start();
    await login('multi');
    const selected = await call('/app/login-account', { body: { account_id: 'acc_1000000002' } });
    const list = await call('/user/change-account');
    expect(list.status).toBe(200);
    expect(list.json).toEqual({
      acc_1000000001: 'Acme Corp',
      acc_1000000002: 'Globex',
      acc_1000000003: 'Initech Research & Development Division, Northern Region',
    });
    const { status, json } = await call('/user/change-account', {
      body: { account_id: 'acc_1000000001' },
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      auth: true,
      account: { id: 'acc_1000000001', title: 'Acme Corp' },
      user: { roles: ['rol_1000000001'], account_user: 4 },
      access: { 'account-users': 'crud', payments: 'crud', reports: 'crud' },
      alerts: [{ id: 'welcome' }],
    });
    expect(at(json, 'jwt')).not.toBe(at(selected.json, 'jwt'));
    expect(backend.state.accountId).toBe('acc_1000000001');
  });

  it('accepts the account id in the path', async () => {
    start();
    await login('multi');
    await call('/app/login-account', { body: { account_id: 'acc_1000000002' } });
    const { json } = await call('/user/change-account/acc_1000000003', { method: 'POST' });
    expect(at(json, 'account', 'id')).toBe('acc_1000000003');
  });

  it('rejects an account the user does not belong to', async () => {
    start();
    await login('single');
    const { status, json } = await call('/user/change-account', {
      body: { account_id: 'acc_1000000002' },
    });
    expect(status).toBe(400);
    expect(at(json, 'error', 'fields', 'account_id')).toBe('Choose one of your accounts.');
  });

  it('needs a signed-in user', async () => {
    start();
    expect((await call('/user/change-account')).status).toBe(401);
  });
});

describe('lock screen', () => {
  it('locks, hides access, and unlocks with the password', async () => {
    const backend = start();
    await login('single');
    const locked = await call('/user/lock-screen');
    expect(locked.status).toBe(200);
    expect(locked.json).toMatchObject({ auth: true, access: {}, user: { screen_locked: true } });
    expect(at(locked.json, 'access')).toEqual({});
    expect(backend.state).toMatchObject({ stage: 'locked', locked: true });
    expect(at((await call('/app/session')).json, 'user', 'screen_locked')).toBe(true);
    expect((await call('/user/change-account')).status).toBe(403);

    const wrong = await call('/user/lock-screen', { body: { password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(at(wrong.json, 'error', 'message')).toBe('The password is incorrect.');
    expect(backend.state.locked).toBe(true);

    const unlocked = await call('/user/lock-screen', { body: { password: 'password' } });
    expect(unlocked.status).toBe(200);
    expect(unlocked.json).toMatchObject({
      user: { screen_locked: false },
      access: { payments: 'crud' },
    });
    expect(backend.state.stage).toBe('signed_in');
  });

  it('asks for the password with 400 when it is blank', async () => {
    start();
    await login('single');
    await call('/user/lock-screen');
    const { status, json } = await call('/user/lock-screen', { body: {} });
    expect(status).toBe(400);
    expect(at(json, 'error', 'fields')).toEqual({ password: 'Enter your password.' });
  });
});

describe('password reset', () => {
  it('accepts a forgot-password request and rejects a bad email', async () => {
    start();
    const ok = await call('/app/forgot-password', { body: { email: 'single@example.test' } });
    expect(ok.status).toBe(200);
    expect(at(ok.json, 'success')).toBe(true);
    const bad = await call('/app/forgot-password', { body: { email: 'single' } });
    expect(bad.status).toBe(400);
    expect(at(bad.json, 'error', 'fields')).toEqual({ email: 'Enter a valid email address.' });
  });

  it('resets a password, and names the field that is wrong', async () => {
    start();
    const ok = await call('/app/reset-password', {
      body: { token: 'abc', password: 'new-password', confirm: 'new-password' },
    });
    expect(ok.status).toBe(200);
    expect(at(ok.json, 'success')).toBe(true);
    const mismatch = await call('/app/reset-password', {
      body: { token: 'abc', password: 'new-password', confirm: 'other-password' },
    });
    expect(mismatch.status).toBe(400);
    expect(at(mismatch.json, 'error', 'fields')).toEqual({
      confirm: 'The passwords do not match.',
    });
    const short = await call('/app/reset-password', {
      body: { token: 'abc', password: 'short', confirm: 'short' },
    });
    expect(at(short.json, 'error', 'fields')).toEqual({ password: 'Use at least 8 characters.' });
    const noToken = await call('/app/reset-password', {
      body: { password: 'new-password', confirm: 'new-password' },
    });
    expect(Object.keys(at(noToken.json, 'error', 'fields') as object)).toEqual(['token']);
  });
});

describe('state', () => {
  it('counts requests per endpoint and forgets everything on reset()', async () => {
    const backend = start();
    await login('single');
    await call('/app/session');
    await call('/app/session');
    await call('/app/logout', { method: 'POST' });
    expect(backend.state.requests).toEqual({
      'POST /app/login': 1,
      'GET /app/session': 2,
      'POST /app/logout': 1,
    });
    await login('single');
    backend.setFault({ type: 'stale' });
    backend.reset();
    expect(backend.state).toEqual({
      stage: 'signed_out',
      username: null,
      accountId: null,
      locked: false,
      sid: null,
      stale: false,
      requests: {},
      fault: null,
    });
  });

  it('accepts other users', async () => {
    const [membership] = mockUsers.single.memberships;
    if (membership === undefined) throw new Error('fixture');
    start({
      users: [
        {
          ...mockUsers.single,
          username: 'ada',
          password: 'lovelace1',
          memberships: [{ ...membership, access: { engines: 'crud' } }],
        },
      ],
    });
    expect((await login('single')).status).toBe(401);
    const { json } = await login('ada', 'lovelace1');
    expect(at(json, 'access')).toEqual({ engines: 'crud' });
  });
});
