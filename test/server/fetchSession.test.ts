// @vitest-environment node
// fetchSession, on the server: the request's cookie goes to GET /app/session, and what comes back
// is plain data a Server Component can hand to <SessionProvider initialSession> (React refuses
// null-prototype objects there), without the JWT but with the session id.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../../src/mock';
import { fetchSession, hasAccess, SessionError } from '../../src/server';
import { apiUrl, signedInBody, signedOutBody } from '../fixtures/wire';
import { expectPlainData, jwtWithSid } from './plainData';
import { setUpServer } from '../support/server';

const server = setUpServer();

function answerSession(reply: () => Response): Headers[] {
  const seen: Headers[] = [];
  server.use(
    http.get(`${apiUrl}/app/session`, ({ request }) => {
      seen.push(request.headers);
      return reply();
    }),
  );
  return seen;
}

const cookieBody = { ...signedInBody, jwt: jwtWithSid('sess_42') };

describe('fetchSession', () => {
  it("forwards the request's cookie, not the headers that describe the page request", async () => {
    const seen = answerSession(() => HttpResponse.json(cookieBody));
    await fetchSession({
      apiUrl,
      appKey: 'pk_test',
      headers: {
        cookie: 'BackstackJWT=abc; theme=dark',
        'accept-language': 'de',
        host: 'app.example',
        'if-none-match': '"etag"',
        'content-length': '12',
      },
    });
    const [headers] = seen;
    expect(headers?.get('cookie')).toBe('BackstackJWT=abc; theme=dark');
    expect(headers?.get('accept-language')).toBe('de');
    expect(headers?.get('authorization')).toBe('Bearer pk_test');
    expect(headers?.get('if-none-match')).toBeNull();
    expect(headers?.get('host')).not.toBe('app.example');
  });

  it('resolves to plain data without the JWT, keeping the session id', async () => {
    answerSession(() => HttpResponse.json(cookieBody));
    const session = await fetchSession({ apiUrl, headers: { cookie: 'BackstackJWT=abc' } });
    expect(session.status).toBe('authenticated');
    expect(session.jwt).toBeNull();
    expect(session.sessionId).toBe('sess_42');
    expect(JSON.stringify(session)).not.toContain(cookieBody.jwt);
    expectPlainData(session);
    expect(JSON.parse(JSON.stringify(session))).toEqual(session);
    expect(structuredClone(session)).toEqual(session);
    expect(hasAccess(session.access, 'payments:r')).toBe(true);
  });

  it("keeps this device's session id from the mock's cookie-mode answer, not its JWT", async () => {
    const mockApi = 'https://cookie-sid.example.test';
    const backend = createMockBackend({ apiUrl: mockApi });
    const login = await backend.fetch(`${mockApi}/app/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'single', password: 'password' }),
    });
    const cookie = login.headers.get('Set-Cookie')?.split(';')[0] ?? '';
    const session = await fetchSession({
      apiUrl: mockApi,
      headers: { cookie },
      fetch: backend.fetch,
    });
    expect(session.status).toBe('authenticated');
    expect(session.sessionId).toBe(backend.state.sid);
    expect(session.jwt).toBeNull();
    expect(JSON.stringify(session)).not.toContain(cookie.replace('BackstackJWT=', ''));
  });

  it('reads a 401 as signed out', async () => {
    answerSession(() => HttpResponse.json({ error: { message: 'no' } }, { status: 401 }));
    const session = await fetchSession({ apiUrl, headers: {} });
    expect(session.status).toBe('unauthenticated');
    expectPlainData(session);
  });

  it('reads a signed-out answer as signed out', async () => {
    answerSession(() => HttpResponse.json(signedOutBody));
    const session = await fetchSession({ apiUrl, headers: new Headers() });
    expect(session.status).toBe('unauthenticated');
    expect(session.app?.id).toBe('app_1');
  });

  it('rejects with a SessionError when the API fails', async () => {
    answerSession(() => HttpResponse.json({ error: { message: 'down' } }, { status: 503 }));
    const error = await fetchSession({ apiUrl, headers: {} }).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(SessionError);
    expect((error as SessionError).kind).toBe('server');
  });

  it('drops prototype keys from the maps, and a JSON copy grants nothing through them', async () => {
    const body = `{"auth":true,"app":{"id":"a"},"account":{"id":"acc","counters":{"__proto__":1,"seats":2}},"user":{"id":"u"},"access":{"__proto__":"crud","constructor":"crud","toString":"r","reports":"r"}}`;
    answerSession(
      () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }),
    );
    const session = await fetchSession({ apiUrl, headers: {} });
    expectPlainData(session);
    expect(Object.keys(session.access)).toEqual(['toString', 'reports']);
    expect(session.account?.counters).toEqual({ seats: 2 });
    const copy = JSON.parse(JSON.stringify(session)) as typeof session;
    for (const access of [session.access, copy.access]) {
      expect(hasAccess(access, 'reports:r')).toBe(true);
      expect(hasAccess(access, 'toString:r')).toBe(true);
      expect(hasAccess(access, 'constructor')).toBe(false);
      expect(hasAccess(access, 'hasOwnProperty')).toBe(false);
      expect(hasAccess(access, 'valueOf:r')).toBe(false);
    }
  });
});
