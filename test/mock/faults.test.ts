// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMockBackend, type MockBackendOptions } from '../../src/mock';
import { at } from '../support/json';
import { setUpServer } from '../support/server';

const API = 'https://api.example.test';
const server = setUpServer();

function start(options?: MockBackendOptions) {
  const backend = createMockBackend(options);
  server.use(...backend.handlers);
  return backend;
}

const request = (path: string, body?: unknown) =>
  fetch(`${API}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

async function call(path: string, body?: unknown) {
  const response = await request(path, body);
  const json: unknown = await response.json();
  return { status: response.status, headers: response.headers, json };
}

const login = () => call('/app/login', { username: 'single', password: 'password' });

describe('setFault', () => {
  it('offline: fetch rejects with a network error, and the request is still counted', async () => {
    const backend = start();
    backend.setFault({ type: 'offline' });
    await expect(request('/app/session')).rejects.toThrow(TypeError);
    expect(backend.state.requests['GET /app/session']).toBe(1);
    backend.setFault(null);
    expect((await request('/app/session')).status).toBe(200);
  });

  it('error: answers the status with the message in the configured envelope', async () => {
    const backend = start({ envelope: 'data' });
    backend.setFault({ type: 'error', status: 503, message: 'Down for maintenance.' });
    const { status, json } = await call('/app/session');
    expect(status).toBe(503);
    expect(json).toEqual({
      success: false,
      message: 'Down for maintenance.',
      data: { fields: {} },
    });
  });

  it('error: defaults the message and types 5xx as system errors', async () => {
    const backend = start();
    backend.setFault({ type: 'error', status: 500 });
    const { status, json } = await call('/app/login', { username: 'single', password: 'password' });
    expect(status).toBe(500);
    expect(json).toMatchObject({ error: { type: 'system', code: 500 } });
    expect(at(json, 'error', 'message')).toMatch(/.+/);
    expect(backend.state.stage).toBe('signed_out');
  });

  it('rate_limited: 429 with Retry-After', async () => {
    const backend = start();
    backend.setFault({ type: 'rate_limited', retryAfter: 30 });
    const { status, headers, json } = await login();
    expect(status).toBe(429);
    expect(headers.get('Retry-After')).toBe('30');
    expect(at(json, 'error', 'code')).toBe(429);
  });

  it('expired: signs the server out and answers 401 to authenticated endpoints only', async () => {
    const backend = start();
    await login();
    backend.setFault({ type: 'expired' });
    const session = await call('/app/session');
    expect(session.status).toBe(401);
    expect(at(session.json, 'error', 'message')).toBe(
      'Your session has expired. Please log in again.',
    );
    expect(backend.state.stage).toBe('signed_out');
    expect((await call('/user/change-account')).status).toBe(401);
    const forgot = await call('/app/forgot-password', { email: 'single@example.test' });
    expect(forgot.status).toBe(200);
    backend.setFault(null);
    expect((await call('/app/session')).status).toBe(401); // the ended session's cookie, still sent
    expect(backend.state.stage).toBe('signed_out');
  });

  it('malformed: 200 with an HTML body', async () => {
    const backend = start();
    backend.setFault({ type: 'malformed' });
    const response = await request('/app/session');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/text\/html/);
    await expect(response.clone().json()).rejects.toThrow(SyntaxError);
    expect(await response.text()).toMatch(/^<!doctype html>/);
  });

  it('stale: normal answers marked X-Session-Status: stale', async () => {
    const backend = start();
    await login();
    backend.setFault({ type: 'stale' });
    const { status, headers, json } = await call('/app/session');
    expect(status).toBe(200);
    expect(headers.get('X-Session-Status')).toBe('stale');
    expect(at(json, 'auth')).toBe(true);
  });

  it('slow: normal answers after the extra delay', async () => {
    const backend = start();
    backend.setFault({ type: 'slow', ms: 80 });
    const started = performance.now();
    const { status } = await call('/app/session');
    expect(status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });

  it('times: applies that many times, then clears itself', async () => {
    const backend = start();
    backend.setFault({ type: 'error', status: 500, times: 2 });
    expect(backend.state.fault).toMatchObject({ remaining: 2 });
    expect((await call('/app/session')).status).toBe(500);
    expect(backend.state.fault).toMatchObject({ remaining: 1 });
    expect((await call('/app/session')).status).toBe(500);
    expect(backend.state.fault).toBeNull();
    expect((await call('/app/session')).status).toBe(200);
  });

  it('only: applies to the listed paths, and only they use up times', async () => {
    const backend = start();
    backend.setFault({ type: 'error', status: 503, only: ['/app/session'], times: 1 });
    expect((await login()).status).toBe(200);
    expect(backend.state.fault).not.toBeNull();
    expect((await call('/app/session')).status).toBe(503);
    expect((await call('/app/session')).status).toBe(200);
  });
});

describe('setFault on the sessions API (/sessions…)', () => {
  const sessionsPath = '/sessions/sess_single_mac';

  it('offline: fetch rejects, and the request is still counted', async () => {
    const backend = start({ apiUrl: API });
    backend.setFault({ type: 'offline' });
    await expect(request(sessionsPath)).rejects.toThrow(TypeError);
    expect(backend.sessions.requests['GET /sessions/:id']).toBe(1);
    backend.setFault(null);
    expect((await request(sessionsPath)).status).toBe(200);
  });

  it('error and rate_limited: answer in the sessions API error shape', async () => {
    const backend = start({ apiUrl: API });
    backend.setFault({ type: 'error', status: 503, message: 'Down for maintenance.', times: 1 });
    const failed = await call(sessionsPath);
    expect(failed.status).toBe(503);
    expect(failed.json).toEqual({
      errors: [
        expect.objectContaining({
          code: 'internal_server_error',
          message: 'Down for maintenance.',
        }),
      ],
    });
    backend.setFault({ type: 'rate_limited', retryAfter: 7, times: 1 });
    const limited = await call(`${sessionsPath}/revoke`, {});
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('7');
    expect(backend.sessions.records.find((r) => r.id === 'sess_single_mac')?.status).toBe('active');
  });

  it('only: names a sessions route by its pattern, leaving the session API alone', async () => {
    const backend = start({ apiUrl: API });
    backend.setFault({ type: 'malformed', only: ['/sessions/:id'] });
    expect((await call('/app/session')).status).toBe(200);
    const response = await request(sessionsPath);
    expect(response.headers.get('Content-Type')).toMatch(/text\/html/);
    expect((await request('/sessions?user_id=x')).headers.get('Content-Type')).toMatch(/json/);
  });

  it('expired and stale: leave the sessions API alone and are not used up by it', async () => {
    const backend = start({ apiUrl: API });
    backend.setFault({ type: 'stale', times: 1 });
    expect((await request(sessionsPath)).status).toBe(200);
    expect((await call('/app/session')).headers.get('X-Session-Status')).toBe('stale');
    backend.setFault({ type: 'expired', times: 1 });
    expect((await request(sessionsPath)).status).toBe(200);
    expect(backend.state.fault).not.toBeNull();
  });

  it('slow and latency: the sessions API waits as the session API does', async () => {
    const backend = start({ apiUrl: API, latency: 60 });
    backend.setFault({ type: 'slow', ms: 60 });
    const started = performance.now();
    await request(sessionsPath);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });
});

describe('bumpSession', () => {
  it('adds an alert and marks answers stale until the session is fetched again', async () => {
    const backend = start();
    await login();
    backend.bumpSession();
    expect(backend.state.stale).toBe(true);
    const other = await call('/user/change-account');
    expect(other.headers.get('X-Session-Status')).toBe('stale');
    const refreshed = await call('/app/session');
    expect(refreshed.headers.get('X-Session-Status')).toBe('current');
    const alerts = at(refreshed.json, 'alerts') as { id: string; title: string }[];
    expect(alerts).toHaveLength(3);
    expect(alerts[2]?.title).toBe('New activity');
    expect(backend.state.stale).toBe(false);
    expect((await call('/user/change-account')).headers.get('X-Session-Status')).toBe('current');
  });

  it('applies a given alert and access grant', async () => {
    const backend = start();
    const before = at(
      (await call('/app/login', { username: 'restricted', password: 'password' })).json,
      'access_signature',
    );
    backend.bumpSession({
      access: { 'account-users': 'r' },
      alert: {
        id: 'custom',
        title: 'Custom',
        description: '',
        text: 'Hello',
        href: '/hello',
        access: '*',
        priority: 1,
        timestamp: 1727000000,
      },
    });
    const { json } = await call('/app/session');
    expect(at(json, 'access')).toEqual({ reports: 'r', 'account-users': 'r' });
    expect(at(json, 'access_signature')).not.toBe(before);
    expect(at(json, 'alerts')).toContainEqual(
      expect.objectContaining({ id: 'custom', href: '/hello' }),
    );
  });
});
