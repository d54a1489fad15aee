import { jwtVerify, type CryptoKey, type JSONWebKeySet } from 'jose';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { admit, createPipeline, readJsonObject, type Pipeline } from './pipeline';
import { apiError, faultResponse, notFound } from './sessionsErrors';
import {
  activityOf,
  sessionFixtures,
  thisDevice,
  type MockSessionRecord,
} from './sessionsFixtures';
import { createSigningKey, mintToken, type MockSigningKey } from './sessionsSigning';
import type { MockUser } from './types';

// The sessions API as MSW handlers: `GET /sessions` (filters, paginated form),
// `GET /sessions/:id`, `POST /sessions/:id/revoke`, `POST /sessions/:id/verify` (deprecated;
// 410 Gone once switched off) and `POST /sessions/:id/tokens/:template` (real ES256 JWTs).
// Errors come as `{errors: [{code, message, long_message}]}`. Unlike the session API mock it checks
// no credentials: the real API wants a secret key, so a browser app calls it through its backend.
// Its routes take the session API's pipeline (latency, faults) when part of `createMockBackend`.

/** A JWT template of the mock: its default lifetime and the claims it adds. */
export interface MockTokenTemplate {
  lifetimeSeconds: number;
  claims: Record<string, unknown>;
}

/** The templates `POST /sessions/:id/tokens/:template` knows; any other name answers 404. */
export const mockTokenTemplates: Readonly<Record<string, MockTokenTemplate>> = {
  default: { lifetimeSeconds: 60, claims: {} },
  supabase: { lifetimeSeconds: 3600, claims: { aud: 'authenticated', role: 'authenticated' } },
  hasura: {
    lifetimeSeconds: 60,
    claims: {
      'https://hasura.io/jwt/claims': {
        'x-hasura-default-role': 'user',
        'x-hasura-allowed-roles': ['user'],
      },
    },
  },
};

export interface MockSessionsOptions {
  /** Base URL, as the session API mock's. */
  apiUrl: string;
  /** Fixtures are made for these users (the first one gets a session in every status). */
  users: readonly MockUser[];
  /** Delay before every answer, in ms: fixed, or a `[min, max]` range. */
  latency?: number | readonly [min: number, max: number];
  /** The session a client is signed in with, listed as its user's newest active session. */
  currentSession?: () => { sid: string; userId: string } | null;
  /** Called when that session is revoked: the session API mock signs it out. */
  onRevokeCurrent?: () => void;
}

/** The sessions API part of the mock backend. */
export interface MockSessions {
  handlers: RequestHandler[];
  /** The `iss` of every token the mock mints (its API URL). */
  readonly issuer: string;
  /** The JWKS the tokens verify against (also served at `GET {apiUrl}/.well-known/jwks.json`). */
  getJwks(): Promise<JSONWebKeySet>;
  /** The ES256 public key the tokens verify against. */
  getPublicKey(): Promise<CryptoKey>;
  /** The stored sessions, newest first (a copy). */
  readonly records: readonly MockSessionRecord[];
  /** `'METHOD /sessions…'` route → requests handled, e.g. `'POST /sessions/:id/tokens/:template'`. */
  readonly requests: Readonly<Record<string, number>>;
  /** `'gone'` makes `POST /sessions/:id/verify` answer 410, as servers that removed it do. Default `'available'`. */
  setVerifyEndpoint(mode: 'available' | 'gone'): void;
  /** Back to fresh fixtures; request counts cleared. The signing key stays. */
  reset(): void;
}

const revocable = new Set(['active', 'pending']);
const minTokenSeconds = 30;
const maxTokenSeconds = 315_360_000;

function integerParam(
  value: string | null,
  min: number,
  max: number,
  fallback: number,
): number | null {
  if (value === null) return fallback;
  if (!/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

/** The sessions API on its own, with its own latency and no faults. */
export const createMockSessions = (options: MockSessionsOptions): MockSessions =>
  createSessionsApi(options, createPipeline(options.latency));

/** The sessions API whose requests take `pipeline` (latency, faults) as the session API's do. */
export function createSessionsApi(options: MockSessionsOptions, pipeline: Pipeline): MockSessions {
  const apiUrl = options.apiUrl.replace(/\/+$/, '');
  let records = new Map<string, MockSessionRecord>();
  let requests: Record<string, number> = {};
  let verifyMode: 'available' | 'gone' = 'available';
  let signingKey: Promise<MockSigningKey> | null = null;
  const key = () => (signingKey ??= createSigningKey('mock-sessions-1'));

  const seed = () => {
    records = new Map(
      sessionFixtures(options.users, Date.now()).map((record) => [record.id, record]),
    );
  };
  seed();

  let liveSid: string | null = null;

  /**
   * The signed-in client's session, created on first sight and kept. One that is no longer the
   * signed-in one (logged out, logged in anew) has `ended`, unless it was revoked.
   */
  function syncCurrent(): void {
    const current = options.currentSession?.() ?? null;
    if (liveSid !== null && liveSid !== current?.sid) {
      const previous = records.get(liveSid);
      if (previous?.status === 'active')
        records.set(liveSid, { ...previous, status: 'ended', updated_at: Date.now() });
    }
    liveSid = current?.sid ?? null;
    if (!current || records.has(current.sid)) return;
    const now = Date.now();
    records.set(current.sid, {
      object: 'session',
      id: current.sid,
      user_id: current.userId,
      client_id: `client_${current.sid.replace(/^sess_/, '')}`,
      status: 'active',
      actor: null,
      last_active_organization_id: null,
      last_active_at: now,
      expire_at: now + 7 * 86_400_000,
      abandon_at: now + 30 * 86_400_000,
      updated_at: now,
      created_at: now,
      latest_activity: activityOf(thisDevice, current.sid),
    });
  }

  const newestFirst = () => [...records.values()].sort((a, b) => b.created_at - a.created_at);

  function route(
    method: 'get' | 'post',
    path: string,
    handle: (request: Request, params: Record<string, string>) => Promise<Response> | Response,
  ) {
    const name = `${method.toUpperCase()} ${path}`;
    return http[method](`${apiUrl}${path}`, async ({ request, params }) => {
      // This API is called with the back end's key: the user's session (`expired`, `stale`) is not its.
      const ignores = ['expired', 'stale'] as const;
      const admitted = await admit(pipeline, requests, { name, path, ignores });
      if ('response' in admitted) return admitted.response;
      const faulted = admitted.fault && faultResponse(admitted.fault);
      if (faulted) return faulted;
      syncCurrent();
      const strings = Object.fromEntries(
        Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? v : '']),
      );
      return handle(request, strings);
    });
  }

  const handlers: RequestHandler[] = [
    route('get', '/sessions', (request) => {
      const query = new URL(request.url).searchParams;
      const userId = query.get('user_id');
      const clientId = query.get('client_id');
      if (userId === null && clientId === null) {
        return apiError(
          422,
          'form_param_missing',
          'missing parameter',
          'Provide user_id or client_id.',
        );
      }
      const limit = integerParam(query.get('limit'), 1, 500, 10);
      const offset = integerParam(query.get('offset'), 0, Number.MAX_SAFE_INTEGER, 0);
      if (limit === null || offset === null) {
        return apiError(
          422,
          'form_param_value_invalid',
          'invalid parameter',
          'limit must be 1–500 and offset 0 or more.',
        );
      }
      const status = query.get('status');
      const matching = newestFirst().filter(
        (record) =>
          (userId === null || record.user_id === userId) &&
          (clientId === null || record.client_id === clientId) &&
          (status === null || record.status === status),
      );
      const page = matching.slice(offset, offset + limit);
      return HttpResponse.json(
        query.get('paginated') === 'true' ? { data: page, total_count: matching.length } : page,
      );
    }),
    route('get', '/sessions/:id', (_request, { id = '' }) => {
      const record = records.get(id);
      return record ? HttpResponse.json(record) : notFound();
    }),
    route('post', '/sessions/:id/revoke', (_request, { id = '' }) => {
      const record = records.get(id);
      if (!record) return notFound();
      if (record.status === 'revoked') return HttpResponse.json(record);
      if (!revocable.has(record.status)) {
        return apiError(
          400,
          'session_not_revocable',
          'not revocable',
          `A session that is ${record.status} cannot be revoked.`,
        );
      }
      const revoked = { ...record, status: 'revoked', updated_at: Date.now() };
      records.set(id, revoked);
      if (options.currentSession?.()?.sid === id) options.onRevokeCurrent?.();
      return HttpResponse.json(revoked);
    }),
    route('post', '/sessions/:id/verify', async (request, { id = '' }) => {
      if (verifyMode === 'gone') {
        return apiError(
          410,
          'gone',
          'gone',
          'This endpoint has been removed. Verify session tokens locally.',
        );
      }
      const record = records.get(id);
      if (!record) return notFound();
      const { token } = await readJsonObject(request);
      if (typeof token !== 'string' || token === '') {
        return apiError(422, 'form_param_missing', 'missing parameter', 'token is required.');
      }
      try {
        const { payload } = await jwtVerify(token, (await key()).publicKey, { issuer: apiUrl });
        if (payload.sid !== id || record.status !== 'active') throw new Error('not this session');
      } catch {
        return apiError(
          401,
          'authentication_invalid',
          'Unauthorized',
          'The token does not authenticate this session.',
        );
      }
      return HttpResponse.json(record);
    }),
    route('post', '/sessions/:id/tokens/:template', async (request, { id = '', template = '' }) => {
      const record = records.get(id);
      if (!record) return notFound();
      const found = Object.prototype.hasOwnProperty.call(mockTokenTemplates, template)
        ? mockTokenTemplates[template]
        : undefined;
      if (!found)
        return apiError(
          404,
          'resource_not_found',
          'not found',
          `No JWT template named "${template}".`,
        );
      if (record.status !== 'active') {
        return apiError(
          400,
          'session_not_active',
          'session not active',
          `The session is ${record.status}.`,
        );
      }
      const body = await readJsonObject(request);
      const requested = body.expires_in_seconds;
      if (
        requested !== undefined &&
        requested !== null &&
        (typeof requested !== 'number' ||
          !Number.isInteger(requested) ||
          requested < minTokenSeconds ||
          requested > maxTokenSeconds)
      ) {
        return apiError(
          422,
          'form_param_value_invalid',
          'invalid parameter',
          'expires_in_seconds must be 30–315360000.',
        );
      }
      const jwt = await mintToken(await key(), {
        issuer: apiUrl,
        sid: record.id,
        sub: record.user_id,
        now: Math.floor(Date.now() / 1000),
        lifetimeSeconds: typeof requested === 'number' ? requested : found.lifetimeSeconds,
        claims: found.claims,
      });
      return HttpResponse.json({ object: 'token', jwt });
    }),
    route('get', '/.well-known/jwks.json', async () => HttpResponse.json((await key()).jwks)),
  ];

  return {
    handlers,
    issuer: apiUrl,
    getJwks: async () => (await key()).jwks,
    getPublicKey: async () => (await key()).publicKey,
    get records() {
      syncCurrent();
      return newestFirst();
    },
    get requests() {
      return { ...requests };
    },
    setVerifyEndpoint(mode) {
      verifyMode = mode;
    },
    reset() {
      seed();
      liveSid = null;
      requests = {};
      verifyMode = 'available';
    },
  };
}
