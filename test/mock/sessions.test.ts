// @vitest-environment node
import { createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { createSessionClient } from '../../src/core/client';
import { createMockBackend, mockUsers } from '../../src/mock';
import { createDeviceSessionsClient } from '../../src/sessions/client';
import { sessionRecordStatuses } from '../../src/sessions/schemas';
import { setUpServer } from '../support/server';

const apiUrl = 'https://api.example.test';
const server = setUpServer();

function start() {
  const backend = createMockBackend({ apiUrl });
  server.use(...backend.handlers);
  const client = createSessionClient({ apiUrl, jwtTransport: 'bearer' });
  return { backend, client, sessions: createDeviceSessionsClient({ client }) };
}

const single = mockUsers.single.profile.id;
const multi = mockUsers.multi.profile.id;

describe('mock sessions API: GET /sessions', () => {
  it('holds a session in every status for the first user, newest first', async () => {
    const { sessions } = start();
    const list = await sessions.list({ userId: single, limit: 50 });
    expect(new Set(list.map((record) => record.status))).toEqual(new Set(sessionRecordStatuses));
    expect(list.every((record) => record.userId === single)).toBe(true);
    const created = list.map((record) => record.createdAt);
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(list.every((record) => record.latestActivity?.browserName)).toBe(true);
  });

  it('gives the other users a few devices each', async () => {
    const { sessions } = start();
    const list = await sessions.list({ userId: multi });
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(
      new Set(list.map((record) => record.latestActivity?.deviceType)).size,
    ).toBeGreaterThanOrEqual(2);
  });

  it('filters by status and client, and pages with limit, offset and paginated=true', async () => {
    const { sessions } = start();
    expect(
      (await sessions.list({ userId: single, status: 'active' })).map((record) => record.status),
    ).toEqual(['active', 'active']);
    const [first] = await sessions.list({ userId: single, limit: 1 });
    expect(await sessions.list({ clientId: first!.clientId! })).toHaveLength(1);
    const page1 = await sessions.listPage({ userId: single, limit: 4, offset: 0 });
    const page3 = await sessions.listPage({ userId: single, limit: 4, offset: 8 });
    expect(page1.totalCount).toBe(9);
    expect(page1.data).toHaveLength(4);
    expect(page3.data).toHaveLength(1);
    expect(page1.data.map((record) => record.id)).not.toContain(page3.data[0]?.id);
  });

  it('answers 10 by default, and refuses a bad limit and a call without user_id or client_id', async () => {
    const { sessions } = start();
    expect(await sessions.list({ userId: single })).toHaveLength(9);
    await expect(sessions.list({ userId: single, limit: 0 })).rejects.toMatchObject({
      kind: 'validation',
      code: 'form_param_value_invalid',
    });
    await expect(sessions.list({ userId: single, limit: 501 })).rejects.toMatchObject({
      kind: 'validation',
    });
    await expect(sessions.list({})).rejects.toMatchObject({
      kind: 'validation',
      code: 'form_param_missing',
    });
  });
});

describe('mock sessions API: GET /sessions/:id and revoke', () => {
  it('gets one, and 404s an unknown or hostile id (decoded as one segment)', async () => {
    const { sessions, backend } = start();
    expect(await sessions.get('sess_single_mac')).toMatchObject({
      id: 'sess_single_mac',
      status: 'active',
    });
    for (const id of ['nope', '../x', 'a/b', '?x=1']) {
      await expect(sessions.get(id)).rejects.toMatchObject({
        kind: 'not_found',
        code: 'resource_not_found',
      });
    }
    expect(backend.sessions.requests['GET /sessions/:id']).toBe(5);
  });

  it('revokes active and pending sessions, repeats idempotently, refuses ended ones', async () => {
    const { sessions } = start();
    expect((await sessions.revoke('sess_single_iphone')).status).toBe('revoked');
    expect((await sessions.revoke('sess_single_windows')).status).toBe('revoked'); // pending
    expect((await sessions.revoke('sess_single_iphone')).status).toBe('revoked');
    expect((await sessions.get('sess_single_iphone')).status).toBe('revoked');
    await expect(sessions.revoke('sess_single_ipad')).rejects.toMatchObject({
      kind: 'validation',
      code: 'session_not_revocable',
    });
    await expect(sessions.revoke('sess_missing')).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('lists the signed-in session as this device, and revoking it signs the session API out', async () => {
    const { sessions, client, backend } = start();
    await client.login({ username: 'single', password: mockUsers.single.password });
    const sid = backend.state.sid!;
    const [newest] = await sessions.list({ userId: single });
    expect(newest).toMatchObject({ id: sid, status: 'active' });
    await sessions.revoke(sid);
    expect(backend.state.stage).toBe('signed_out');
    await expect(client.getSession()).rejects.toMatchObject({ kind: 'unauthorized' });
    expect((await sessions.get(sid)).status).toBe('revoked');
  });

  it('marks a session ended once its client logs out', async () => {
    const { sessions, client, backend } = start();
    await client.login({ username: 'single', password: mockUsers.single.password });
    const sid = backend.state.sid!;
    expect((await sessions.get(sid)).status).toBe('active');
    await client.logout();
    expect((await sessions.get(sid)).status).toBe('ended');
  });

  it('reset() brings the fixtures back', async () => {
    const { sessions, backend } = start();
    await sessions.revoke('sess_single_mac');
    backend.reset();
    expect((await sessions.get('sess_single_mac')).status).toBe('active');
    expect(backend.sessions.requests).toEqual({ 'GET /sessions/:id': 1 });
  });
});

describe('mock sessions API: tokens and verify', () => {
  it('mints real ES256 JWTs that verify against the JWKS, with the template claims', async () => {
    const { sessions, backend } = start();
    const jwt = await sessions.createToken('sess_single_mac', 'supabase', {
      expiresInSeconds: 120,
    });
    const { payload, protectedHeader } = await jwtVerify(
      jwt,
      createLocalJWKSet(await backend.sessions.getJwks()),
      {
        issuer: backend.sessions.issuer,
        audience: 'authenticated',
      },
    );
    expect(protectedHeader).toMatchObject({ alg: 'ES256', kid: 'mock-sessions-1' });
    expect(payload).toMatchObject({
      sid: 'sess_single_mac',
      sub: single,
      role: 'authenticated',
      iss: apiUrl,
    });
    expect(payload.exp! - payload.iat!).toBe(120);
    const fallback = await jwtVerify(
      await sessions.createToken('sess_single_mac', 'default'),
      await backend.sessions.getPublicKey(),
    );
    expect(fallback.payload.exp! - fallback.payload.iat!).toBe(60);
  });

  it('serves the JWKS at /.well-known/jwks.json', async () => {
    const { backend } = start();
    const response = await fetch(`${apiUrl}/.well-known/jwks.json`);
    expect(await response.json()).toEqual(await backend.sessions.getJwks());
  });

  it('404s an unknown template or session, 400s a session that is not active, 422s a bad lifetime', async () => {
    const { sessions } = start();
    await expect(sessions.createToken('sess_single_mac', 'nope')).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(sessions.createToken('sess_missing', 'default')).rejects.toMatchObject({
      kind: 'not_found',
    });
    await expect(sessions.createToken('sess_single_ipad', 'default')).rejects.toMatchObject({
      kind: 'validation',
      code: 'session_not_active',
    });
    const raw = await fetch(`${apiUrl}/sessions/sess_single_mac/tokens/default`, {
      method: 'POST',
      body: JSON.stringify({ expires_in_seconds: 10 }),
    });
    expect(raw.status).toBe(422);
  });

  it('verify: the session for a token of its own, 401 for another, 410 once switched off', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // the deprecation warning
    const { sessions, backend } = start();
    const jwt = await sessions.createToken('sess_single_mac', 'default');
    const other = await sessions.createToken('sess_single_iphone', 'default');
    expect(await sessions.verify('sess_single_mac', jwt)).toMatchObject({ id: 'sess_single_mac' });
    await expect(sessions.verify('sess_single_mac', other)).rejects.toMatchObject({
      kind: 'unauthorized',
    });
    backend.sessions.setVerifyEndpoint('gone');
    await expect(sessions.verify('sess_single_mac', jwt)).rejects.toMatchObject({
      kind: 'gone',
      status: 410,
    });
  });
});
