import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSessionClient } from '../../src/core/client';
import { SessionError } from '../../src/core/SessionError';
import { createDeviceSessionsClient } from '../../src/sessions/client';
import { record } from './wire';

const apiUrl = 'https://api.example.test';

interface Call {
  method: string;
  url: URL;
  body: unknown;
  headers: Headers;
}

/** A `fetch` that answers `reply(call)` and remembers every call. */
function fakeFetch(reply: (call: Call) => Response = () => Response.json(record({}))) {
  const calls: Call[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const text = typeof init?.body === 'string' ? init.body : undefined;
    const call = {
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
      headers: new Headers(init?.headers),
    };
    calls.push(call);
    return reply(call);
  });
  return { fetch, calls };
}

const errors = (status: number, code: string, long_message: string) =>
  Response.json({ errors: [{ code, message: code, long_message }] }, { status });

afterEach(() => vi.restoreAllMocks());

describe('createDeviceSessionsClient: the calls', () => {
  it('list: GET /sessions with the filters as query parameters, newest first', async () => {
    const { fetch, calls } = fakeFetch(() =>
      Response.json([
        record({ id: 'old', created_at: 1 }),
        record({ id: 'new', created_at: 3 }),
        record({ id: 'mid', created_at: 2 }),
      ]),
    );
    const sessions = createDeviceSessionsClient({ apiUrl, fetch });
    const list = await sessions.list({
      userId: 'usr 1',
      clientId: 'c&1',
      status: 'active',
      limit: 20,
      offset: 40,
    });
    expect(list.map((r) => r.id)).toEqual(['new', 'mid', 'old']);
    expect(calls[0]?.method).toBe('GET');
    expect(calls[0]?.url.pathname).toBe('/sessions');
    expect(Object.fromEntries(calls[0]!.url.searchParams)).toEqual({
      user_id: 'usr 1',
      client_id: 'c&1',
      status: 'active',
      limit: '20',
      offset: '40',
    });
  });

  it('list: no filter means no query string', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json([]));
    await createDeviceSessionsClient({ apiUrl, fetch }).list({});
    expect(calls[0]?.url.href).toBe(`${apiUrl}/sessions`);
  });

  it('listPage: paginated=true, {data, total_count} → {data, totalCount}, newest first', async () => {
    const { fetch, calls } = fakeFetch(() =>
      Response.json({
        data: [record({ id: 'a', created_at: 1 }), record({ id: 'b', created_at: 2 })],
        total_count: 12,
      }),
    );
    const page = await createDeviceSessionsClient({ apiUrl, fetch }).listPage({
      userId: 'usr_1',
      limit: 2,
    });
    expect(calls[0]?.url.searchParams.get('paginated')).toBe('true');
    expect(page.totalCount).toBe(12);
    expect(page.data.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('get: GET /sessions/{id}', async () => {
    const { fetch, calls } = fakeFetch(() =>
      Response.json(record({ id: 'sess_9', status: 'ended' })),
    );
    const found = await createDeviceSessionsClient({ apiUrl, fetch }).get('sess_9');
    expect(found).toMatchObject({ id: 'sess_9', status: 'ended', userId: 'usr_1' });
    expect(calls[0]).toMatchObject({ method: 'GET' });
    expect(calls[0]?.url.pathname).toBe('/sessions/sess_9');
  });

  it('revoke: POST /sessions/{id}/revoke without a body', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json(record({ status: 'revoked' })));
    const revoked = await createDeviceSessionsClient({ apiUrl, fetch }).revoke('sess_1');
    expect(revoked.status).toBe('revoked');
    expect(calls[0]).toMatchObject({ method: 'POST', body: undefined });
    expect(calls[0]?.url.pathname).toBe('/sessions/sess_1/revoke');
  });

  it('createToken: POST /sessions/{id}/tokens/{template} with expires_in_seconds', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json({ object: 'token', jwt: 'h.p.s' }));
    const sessions = createDeviceSessionsClient({ apiUrl, fetch });
    expect(await sessions.createToken('sess_1', 'supabase', { expiresInSeconds: 120 })).toBe(
      'h.p.s',
    );
    expect(await sessions.createToken('sess_1', 'supabase')).toBe('h.p.s');
    expect(calls[0]).toMatchObject({ method: 'POST', body: { expires_in_seconds: 120 } });
    expect(calls[0]?.url.pathname).toBe('/sessions/sess_1/tokens/supabase');
    expect(calls[1]?.body).toEqual({});
  });

  it.each([29, 315_360_001, 60.5, Number.NaN, -1])(
    'createToken refuses expiresInSeconds %s before any request',
    async (seconds) => {
      const { fetch } = fakeFetch();
      const error = await createDeviceSessionsClient({ apiUrl, fetch })
        .createToken('sess_1', 'default', { expiresInSeconds: seconds })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SessionError);
      expect(error).toMatchObject({ kind: 'validation' });
      expect((error as SessionError).fields.expires_in_seconds).toMatch(/30 to 315360000/);
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it.each([30, 315_360_000])('createToken accepts the bounds (%s)', async (seconds) => {
    const { fetch } = fakeFetch(() => Response.json({ object: 'token', jwt: 'h.p.s' }));
    await expect(
      createDeviceSessionsClient({ apiUrl, fetch }).createToken('s', 't', {
        expiresInSeconds: seconds,
      }),
    ).resolves.toBe('h.p.s');
  });
});

describe('createDeviceSessionsClient: path encoding of hostile ids', () => {
  const hostile = ['../x', 'a/b', '?x=1', '#top', 'a b', '%2e%2e', '..%2F..%2Fadmin'];

  it.each(hostile)('keeps the id %j in one path segment of every call', async (id) => {
    const { fetch, calls } = fakeFetch((call) =>
      call.url.pathname.includes('/tokens/')
        ? Response.json({ object: 'token', jwt: 'h.p.s' })
        : Response.json(record({})),
    );
    const sessions = createDeviceSessionsClient({ apiUrl, fetch });
    await sessions.get(id);
    await sessions.revoke(id);
    await sessions.createToken(id, id);
    const segment = encodeURIComponent(id);
    expect(calls.map((call) => call.url.pathname)).toEqual([
      `/sessions/${segment}`,
      `/sessions/${segment}/revoke`,
      `/sessions/${segment}/tokens/${segment}`,
    ]);
    for (const call of calls) {
      expect(call.url.search).toBe('');
      expect(call.url.hash).toBe('');
      expect(call.url.pathname.split('/')[2]).toBe(segment);
      expect(decodeURIComponent(call.url.pathname.split('/')[2]!)).toBe(id);
    }
  });

  it.each(['', '.', '..'])(
    'refuses the id %j, which no path can carry, before any request',
    async (id) => {
      const { fetch } = fakeFetch();
      const sessions = createDeviceSessionsClient({ apiUrl, fetch });
      await expect(sessions.get(id)).rejects.toMatchObject({ kind: 'validation' });
      await expect(sessions.revoke(id)).rejects.toMatchObject({ kind: 'validation' });
      await expect(sessions.createToken('sess_1', id)).rejects.toMatchObject({
        kind: 'validation',
      });
      expect(fetch).not.toHaveBeenCalled();
    },
  );
});

describe('createDeviceSessionsClient: errors', () => {
  it('reads {errors: [{code, message, long_message}]} into a SessionError of the right kind', async () => {
    const { fetch } = fakeFetch(() =>
      errors(404, 'resource_not_found', 'The session was not found.'),
    );
    const error = await createDeviceSessionsClient({ apiUrl, fetch })
      .get('nope')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionError);
    expect(error).toMatchObject({
      kind: 'not_found',
      status: 404,
      code: 'resource_not_found',
      message: 'The session was not found.',
    });
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [422, 'validation'],
    [429, 'rate_limited'],
    [500, 'server'],
  ])('HTTP %s → kind %s', async (status, kind) => {
    const { fetch } = fakeFetch(() => errors(status, 'some_code', 'Nope.'));
    await expect(
      createDeviceSessionsClient({ apiUrl, fetch }).list({ userId: 'u' }),
    ).rejects.toMatchObject({ kind });
  });

  it('a list with a broken record is an invalid_response, not a crash', async () => {
    const { fetch } = fakeFetch(() => Response.json([record({ id: 42 })]));
    await expect(
      createDeviceSessionsClient({ apiUrl, fetch }).list({ userId: 'u' }),
    ).rejects.toMatchObject({ kind: 'invalid_response' });
  });

  it('a list with a session in an unknown future status still reads', async () => {
    const { fetch } = fakeFetch(() => Response.json([record({ status: 'hibernating' })]));
    expect(
      (await createDeviceSessionsClient({ apiUrl, fetch }).list({ userId: 'u' }))[0]?.status,
    ).toBe('hibernating');
  });
});

describe('createDeviceSessionsClient: verify (deprecated)', () => {
  it('POSTs {token}, and warns exactly once per page load in development', async () => {
    vi.resetModules(); // a fresh module: nothing warned yet
    const fresh = await import('../../src/sessions/client');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fetch, calls } = fakeFetch(() => Response.json(record({})));
    const sessions = fresh.createDeviceSessionsClient({ apiUrl, fetch });
    await sessions.verify('sess_1', 'jwt-token');
    await sessions.verify('sess_1', 'jwt-token');
    await fresh.createDeviceSessionsClient({ apiUrl, fetch }).verify('sess_2', 'jwt-token');
    expect(calls[0]).toMatchObject({ method: 'POST', body: { token: 'jwt-token' } });
    expect(calls[0]?.url.pathname).toBe('/sessions/sess_1/verify');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/deprecated.*verifySessionToken/s);
  });

  it('stays quiet in production builds', async () => {
    vi.resetModules();
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const fresh = await import('../../src/sessions/client');
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { fetch } = fakeFetch(() => Response.json(record({})));
      await fresh.createDeviceSessionsClient({ apiUrl, fetch }).verify('sess_1', 'jwt-token');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('410 Gone → a typed SessionError with kind "gone"', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fetch } = fakeFetch(() => errors(410, 'gone', 'Removed.'));
    const error = await createDeviceSessionsClient({ apiUrl, fetch })
      .verify('sess_1', 't')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionError);
    expect(error).toMatchObject({ kind: 'gone', status: 410, code: 'gone' });
    expect((error as SessionError).message).toMatch(/verify session tokens locally/i);
  });
});

describe('createDeviceSessionsClient({ client }): sharing the session client transport', () => {
  it('sends the bearer JWT the session client holds', async () => {
    const { fetch, calls } = fakeFetch(() => Response.json([]));
    const client = createSessionClient({ apiUrl, fetch, jwtTransport: 'bearer', appKey: 'pk_1' });
    const sessions = createDeviceSessionsClient({ client });
    await sessions.list({ userId: 'u' });
    client.transport.setToken('user-jwt');
    await sessions.list({ userId: 'u' });
    expect(calls.map((call) => call.headers.get('Authorization'))).toEqual([
      'Bearer pk_1',
      'Bearer user-jwt',
    ]);
    expect(calls[0]?.url.origin).toBe(apiUrl);
  });
});
