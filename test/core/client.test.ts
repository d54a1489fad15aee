import { http, HttpResponse, delay } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createSessionClient } from '../../src/core/client';
import { SessionError } from '../../src/core/SessionError';
import { apiUrl, selectAccountBody, signedInBody, signedOutBody } from '../fixtures/wire';
import { setUpServer } from '../support/server';

const server = setUpServer();

interface Seen {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

/** Answers every request with `reply` and records what was sent. */
function answer(reply: () => Response | Promise<Response>): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http.all(`${apiUrl}/*`, async ({ request }) => {
      const text = await request.text();
      seen.push({
        method: request.method,
        path: new URL(request.url).pathname,
        headers: request.headers,
        body: text ? JSON.parse(text) : undefined,
      });
      return reply();
    }),
  );
  return seen;
}

async function failure(promise: Promise<unknown>): Promise<SessionError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SessionError);
  return error as SessionError;
}

describe('session client calls', () => {
  const client = createSessionClient({ apiUrl });

  it.each([
    ['getSession', () => client.getSession(), 'GET', '/app/session', undefined],
    [
      'login',
      () => client.login({ username: 'demo', password: 'pw' }),
      'POST',
      '/app/login',
      { username: 'demo', password: 'pw' },
    ],
    [
      'selectAccount',
      () => client.selectAccount('acc_2'),
      'POST',
      '/app/login-account',
      { account_id: 'acc_2' },
    ],
    [
      'changeAccount',
      () => client.changeAccount('acc_2'),
      'POST',
      '/user/change-account',
      { account_id: 'acc_2' },
    ],
    ['logout', () => client.logout(), 'GET', '/app/logout', undefined],
    ['lockScreen', () => client.lockScreen(), 'GET', '/user/lock-screen', undefined],
    [
      'unlockScreen',
      () => client.unlockScreen('pw'),
      'POST',
      '/user/lock-screen',
      { password: 'pw' },
    ],
  ] as const)('%s sends %s %s and reads a session', async (_name, call, method, path, body) => {
    const seen = answer(() => HttpResponse.json(signedInBody));
    const session = await call();
    expect(session.status).toBe('authenticated');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method, path, body });
  });

  it.each([
    [
      'getLoginAccounts',
      () => client.getLoginAccounts(),
      '/app/login-account',
      { accounts: { acc_1: 'Foo' }, last_login: 'acc_1' },
    ],
    [
      'getAccountChoices',
      () => client.getAccountChoices(),
      '/user/change-account',
      [{ acc_1: 'Foo' }],
    ],
  ] as const)('%s reads account choices', async (_name, call, path, body) => {
    const seen = answer(() => HttpResponse.json(body));
    const choices = await call();
    expect(choices.accounts).toEqual([{ id: 'acc_1', title: 'Foo' }]);
    expect(seen[0]?.path).toBe(path);
  });

  it('forgot and reset password post their bodies and resolve on success', async () => {
    const seen = answer(() => HttpResponse.json({ success: true, message: 'Sent' }));
    await client.forgotPassword('a@b.c');
    await client.resetPassword({ token: 't', password: 'p', confirm: 'p' });
    expect(seen.map((request) => [request.path, request.body])).toEqual([
      ['/app/forgot-password', { email: 'a@b.c' }],
      ['/app/reset-password', { token: 't', password: 'p', confirm: 'p' }],
    ]);
  });

  it('reads a multi-account login answer', async () => {
    answer(() => HttpResponse.json(selectAccountBody));
    const session = await client.login({ username: 'multi', password: 'pw' });
    expect(session.status).toBe('select_account');
    expect(session.accountChoices?.lastLogin).toBe('acc_2');
  });

  it('can put account ids in the path and log out with POST', async () => {
    const pathClient = createSessionClient({ apiUrl, accountIdIn: 'path', logoutMethod: 'POST' });
    const seen = answer(() => HttpResponse.json(signedInBody));
    await pathClient.selectAccount('acc/../2');
    await pathClient.changeAccount('acc_3');
    answer(() => HttpResponse.json(signedOutBody));
    await pathClient.logout();
    expect(
      seen.map((request) => `${request.method} ${request.path} ${JSON.stringify(request.body)}`),
    ).toEqual([
      'POST /app/login-account/acc%2F..%2F2 undefined',
      'POST /user/change-account/acc_3 undefined',
    ]);
  });

  it.each(['', '.', '..'])(
    'refuses the account id %j in the path before any request',
    async (accountId) => {
      const pathClient = createSessionClient({ apiUrl, accountIdIn: 'path' });
      const seen = answer(() => HttpResponse.json(signedInBody));
      for (const call of [pathClient.selectAccount, pathClient.changeAccount]) {
        const error = await failure(call(accountId));
        expect(error).toMatchObject({
          kind: 'validation',
          fields: { account_id: 'Invalid account_id.' },
        });
      }
      expect(seen).toEqual([]);
    },
  );
});

describe('envelopes', () => {
  const client = createSessionClient({ apiUrl });
  it.each([
    ['bare', signedInBody],
    ['data', { success: true, message: '', data: signedInBody }],
    ['payload', { success: true, message: '', payload: signedInBody }],
  ])('reads a %s envelope', async (_name, body) => {
    answer(() => HttpResponse.json(body));
    expect((await client.getSession()).user?.id).toBe('usr_1');
  });
});

describe('transport', () => {
  it('sends the app key as a bearer, credentials included, and JSON bodies', async () => {
    const seen = answer(() => HttpResponse.json(signedInBody));
    await createSessionClient({ apiUrl, appKey: 'pk_1' }).login({ username: 'a', password: 'b' });
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer pk_1');
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
  });

  it('sends the bare key when asked', async () => {
    const seen = answer(() => HttpResponse.json(signedInBody));
    await createSessionClient({ apiUrl, appKey: 'pk_1', authorizationScheme: 'none' }).getSession();
    expect(seen[0]?.headers.get('authorization')).toBe('pk_1');
  });

  it('sends only configured headers in the strict CORS mode', async () => {
    const seen = answer(() => HttpResponse.json(signedInBody));
    await createSessionClient({
      apiUrl,
      onlyConfiguredHeaders: true,
      headers: { 'X-App': '1' },
    }).login({ username: 'a', password: 'b' });
    expect(seen[0]?.headers.get('x-app')).toBe('1');
    expect(seen[0]?.headers.get('authorization')).toBeNull();
    // fetch's own default for a string body: a CORS-safelisted type, so no preflight
    expect(seen[0]?.headers.get('content-type')).toBe('text/plain;charset=UTF-8');
    expect(seen[0]?.body).toEqual({ username: 'a', password: 'b' });
  });

  it('keeps a body JWT in bearer mode and sends it instead of the app key', async () => {
    const client = createSessionClient({ apiUrl, appKey: 'pk_1', jwtTransport: 'bearer' });
    const seen = answer(() => HttpResponse.json(signedInBody));
    await client.login({ username: 'a', password: 'b' });
    await client.getSession();
    expect(seen[1]?.headers.get('authorization')).toBe('Bearer header.payload.signature');
    answer(() => HttpResponse.json(signedOutBody));
    await client.logout();
    const after = answer(() => HttpResponse.json(signedOutBody));
    await client.getSession();
    expect(after[0]?.headers.get('authorization')).toBe('Bearer pk_1');
  });

  it('keeps an X-JWT header JWT in bearer mode and puts it on the session', async () => {
    const client = createSessionClient({ apiUrl, jwtTransport: 'bearer' });
    answer(() =>
      HttpResponse.json({ ...signedInBody, jwt: '' }, { headers: { 'X-JWT': 'from.header.jwt' } }),
    );
    const session = await client.login({ username: 'a', password: 'b' });
    expect(session.jwt).toBe('from.header.jwt');
    const seen = answer(() => HttpResponse.json(signedInBody));
    await client.getSession();
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer from.header.jwt');
  });

  it('ignores X-JWT in cookie mode', async () => {
    const client = createSessionClient({ apiUrl });
    answer(() =>
      HttpResponse.json({ ...signedInBody, jwt: '' }, { headers: { 'X-JWT': 'from.header.jwt' } }),
    );
    expect((await client.getSession()).jwt).toBeNull();
  });

  it('reports X-Session-Status with the path it came from', async () => {
    const client = createSessionClient({ apiUrl });
    const statuses: string[] = [];
    client.transport.onSessionStatus((status, { path, carriesSession }) =>
      statuses.push(`${status} ${path} ${carriesSession}`),
    );
    answer(() => HttpResponse.json(signedInBody, { headers: { 'X-Session-Status': 'stale' } }));
    await client.changeAccount('acc_1');
    answer(() => HttpResponse.json(signedInBody, { headers: { 'X-Session-Status': 'Current' } }));
    await client.getSession();
    answer(() => HttpResponse.json(signedInBody, { headers: { 'X-Session-Status': 'bogus' } }));
    await client.getSession();
    answer(() =>
      HttpResponse.json({ success: true }, { headers: { 'X-Session-Status': 'stale' } }),
    );
    await client.forgotPassword('a@b.c');
    expect(statuses).toEqual([
      'stale /user/change-account true',
      'current /app/session true',
      'stale /app/forgot-password false',
    ]);
  });
});

describe('SessionError kinds', () => {
  const client = createSessionClient({ apiUrl, timeoutMs: 50 });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [410, 'gone'],
    [400, 'validation'],
    [422, 'validation'],
    [409, 'http'],
    [500, 'server'],
    [503, 'server'],
  ] as const)('HTTP %s → %s', async (status, kind) => {
    answer(() =>
      HttpResponse.json(
        { error: { type: 'user', code: status, message: 'Server says no' } },
        { status },
      ),
    );
    const error = await failure(client.getSession());
    expect(error).toMatchObject({ kind, status, message: 'Server says no' });
  });

  it('429 → rate_limited with Retry-After seconds', async () => {
    answer(() => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } }));
    const error = await failure(client.getSession());
    expect(error).toMatchObject({ kind: 'rate_limited', retryAfter: 7 });
    expect(error.message).toMatch(/too many/i);
  });

  it('field errors land in fields, with the server message', async () => {
    answer(() =>
      HttpResponse.json(
        {
          success: false,
          message: 'Check the form',
          data: { fields: { username: 'Unknown user' } },
        },
        { status: 400 },
      ),
    );
    const error = await failure(client.login({ username: 'x', password: 'secret-pw' }));
    expect(error).toMatchObject({
      kind: 'validation',
      message: 'Check the form',
      fields: { username: 'Unknown user' },
    });
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain('secret-pw');
  });

  it('an error inside a 200 answer is an error, with the status from its code', async () => {
    answer(() =>
      HttpResponse.json({
        error: { type: 'user', code: 401, message: 'Invalid username or password.' },
      }),
    );
    const error = await failure(client.login({ username: 'x', password: 'y' }));
    expect(error).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      message: 'Invalid username or password.',
    });
  });

  it.each([
    ['""', ''],
    ['"  "', '  '],
    ['{}', {}],
    ['null', null],
    ['{fields: {}}', { fields: {} }],
  ])('a 200 answer whose error is empty (%s) is no error', async (_name, empty) => {
    answer(() => HttpResponse.json({ ...signedInBody, error: empty }));
    expect((await client.getSession()).status).toBe('authenticated');
    answer(() => HttpResponse.json({ success: true, message: 'Sent.', error: empty }));
    await expect(client.forgotPassword('ada@example.test')).resolves.toBeUndefined();
  });

  it('a 200 answer whose error says something is still an error; an empty error with a 4xx too', async () => {
    answer(() => HttpResponse.json({ ...signedInBody, error: 'none' }));
    expect(await failure(client.getSession())).toMatchObject({
      kind: 'validation',
      message: 'none',
    });
    answer(() => HttpResponse.json({ ...signedInBody, error: { type: 'user' } }));
    expect((await failure(client.getSession())).kind).toBe('validation');
    answer(() => HttpResponse.json({ error: {} }, { status: 403 }));
    expect(await failure(client.getSession())).toMatchObject({ kind: 'forbidden', status: 403 });
  });

  it('a network failure → network', async () => {
    answer(() => HttpResponse.error());
    expect((await failure(client.getSession())).kind).toBe('network');
  });

  it('a slow answer → timeout', async () => {
    answer(async () => {
      await delay(500);
      return HttpResponse.json(signedInBody);
    });
    expect((await failure(client.getSession())).kind).toBe('timeout');
  });

  it('an aborted call → aborted', async () => {
    answer(async () => {
      await delay(500);
      return HttpResponse.json(signedInBody);
    });
    const controller = new AbortController();
    const pending = createSessionClient({ apiUrl }).getSession({ signal: controller.signal });
    controller.abort();
    expect((await failure(pending)).kind).toBe('aborted');
  });

  it.each([
    [
      'an HTML page',
      () =>
        new HttpResponse('<html><body>Gateway</body></html>', {
          headers: { 'Content-Type': 'text/html' },
        }),
    ],
    ['an empty body', () => new HttpResponse('', { status: 200 })],
    ['JSON of the wrong shape', () => HttpResponse.json({ user: { id: 5 } })],
    ['a JSON string', () => HttpResponse.json('hello')],
    [
      'truncated JSON',
      () => new HttpResponse('{"auth": tr', { headers: { 'Content-Type': 'application/json' } }),
    ],
  ])('%s → invalid_response', async (_name, reply) => {
    answer(reply);
    const error = await failure(client.getSession());
    expect(error.kind).toBe('invalid_response');
    expect(error.message).toBe('The server sent an answer the app cannot read.');
  });

  it('an HTML error page → the status kind with the default message', async () => {
    answer(
      () =>
        new HttpResponse('<h1>502 Bad Gateway</h1>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    const error = await failure(client.getSession());
    expect(error).toMatchObject({ kind: 'server', status: 502 });
    expect(error.message).not.toContain('<h1>');
  });

  it('invalid_response names the schema paths and the expected types, never the values', async () => {
    answer(() => HttpResponse.json({ ...signedInBody, user: { id: 'usr_1', email: 12345 } }));
    const error = await failure(client.getSession());
    expect(error.issues).toEqual([{ path: ['user', 'email'], message: 'Expected string' }]);
    expect(JSON.stringify(error.issues)).not.toContain('12345');
  });
});

describe('maxAnswerBytes', () => {
  const chunk = new TextEncoder().encode(' '.repeat(65_536));

  /** 4 MB of spaces, pulled chunk by chunk, recording how much was pulled and whether it was cancelled. */
  function bigBody() {
    const seen = { pulled: 0, cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (seen.pulled >= 4 * 1_048_576) return controller.close();
        seen.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        seen.cancelled = true;
      },
    });
    return { seen, body };
  }

  const clientAnswering = (response: () => Response, maxAnswerBytes?: number) =>
    createSessionClient({ apiUrl, maxAnswerBytes, fetch: async () => response() });

  /** `signedInBody` as JSON, padded with spaces to exactly `bytes`. */
  const paddedSession = (bytes: number) => {
    const json = JSON.stringify(signedInBody);
    return json + ' '.repeat(bytes - new TextEncoder().encode(json).byteLength);
  };

  it('reads an answer of exactly 1 MB by default, and refuses one byte more before parsing it', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const exact = clientAnswering(() => new Response(paddedSession(1_048_576)));
      expect((await exact.getSession()).status).toBe('authenticated');
      parse.mockClear();
      const over = clientAnswering(() => new Response(paddedSession(1_048_577)));
      expect(await failure(over.getSession())).toMatchObject({
        kind: 'invalid_response',
        status: 200,
      });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('refuses by Content-Length without reading the body', async () => {
    const { seen, body } = bigBody();
    const client = clientAnswering(
      () => new Response(body, { headers: { 'Content-Length': '5000000' } }),
    );
    expect((await failure(client.getSession())).kind).toBe('invalid_response');
    expect(seen.cancelled).toBe(true);
    expect(seen.pulled).toBeLessThanOrEqual(chunk.byteLength); // at most the stream's own first pull
  });

  it('counts the bytes read when Content-Length is absent or lies, and stops reading', async () => {
    for (const headers of [{}, { 'Content-Length': '100' }] as Record<string, string>[]) {
      const { seen, body } = bigBody();
      const client = clientAnswering(() => new Response(body, { headers }), 200_000);
      expect((await failure(client.getSession())).kind).toBe('invalid_response');
      expect(seen.cancelled).toBe(true);
      expect(seen.pulled).toBeLessThan(200_000 + 3 * chunk.byteLength);
    }
  });

  it('an error status with an oversized body keeps its kind', async () => {
    const client = clientAnswering(
      () => new Response(paddedSession(5_000), { status: 401 }),
      1_000,
    );
    expect(await failure(client.getSession())).toMatchObject({ kind: 'unauthorized', status: 401 });
  });
});

describe('only the API answers', () => {
  /** A response as `fetch` gives it after following a redirect to `url`. */
  function redirectedTo(url: string, body: unknown): Response {
    const response = Response.json(body);
    Object.defineProperty(response, 'redirected', { value: true });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  }

  it('a redirect followed to another origin is no answer: invalid_response, never signed out', async () => {
    const client = createSessionClient({
      apiUrl,
      fetch: async () => redirectedTo('https://elsewhere.test/steal', signedOutBody),
    });
    const error = await client.getSession().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionError);
    expect((error as SessionError).kind).toBe('invalid_response');
  });

  it('a redirect within the API is followed', async () => {
    const client = createSessionClient({
      apiUrl,
      fetch: async () => redirectedTo(`${apiUrl}/v2/app/session`, signedInBody),
    });
    expect((await client.getSession()).status).toBe('authenticated');
  });

  it.each([
    ['{}', {}],
    ['{"auth":true}', { auth: true }],
    ['{"success":true}', { success: true }],
    ['{"status":"ok"}', { status: 'ok' }],
    ['auth:true with an empty account', { ...signedInBody, account: {} }],
  ])('%s is invalid_response, not a signed-out session', async (_name, body) => {
    const client = createSessionClient({ apiUrl, fetch: async () => Response.json(body) });
    await expect(client.getSession()).rejects.toMatchObject({ kind: 'invalid_response' });
  });

  it.each([
    ['auth: false', signedOutBody],
    ['signal: "login"', { signal: 'login', app: signedInBody.app }],
    ['signal: "logout"', { signal: 'logout' }],
  ])('an explicit signed-out answer (%s) is signed out', async (_name, body) => {
    const client = createSessionClient({ apiUrl, fetch: async () => Response.json(body) });
    expect((await client.getSession()).status).toBe('unauthenticated');
  });

  it('cookie mode keeps no JWT from the body, only its sid', async () => {
    const payload = btoa(JSON.stringify({ sid: 'sess_42', exp: 9e9 })).replace(/=+$/, '');
    const jwt = `eyJhbGciOiJIUzI1NiJ9.${payload}.c2ln`;
    const client = createSessionClient({
      apiUrl,
      fetch: async () => Response.json({ ...signedInBody, jwt }),
    });
    const session = await client.getSession();
    expect(session.jwt).toBeNull();
    expect(session.sessionId).toBe('sess_42');
    expect(JSON.stringify(session)).not.toContain(payload);
  });
});
