// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMockBackend, type MockStorage } from '../../src/mock';
import { at } from '../support/json';
import { setUpServer } from '../support/server';

const API = 'https://api.example.test';
const server = setUpServer();

/** A Map-backed stand-in for localStorage. */
function memoryStorage(): MockStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

async function call(path: string, body?: unknown) {
  const response = await fetch(`${API}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json: unknown = await response.json();
  return { status: response.status, json };
}

describe('storage', () => {
  it('keeps the server state through a "reload" (a new backend on the same storage)', async () => {
    const storage = memoryStorage();
    const first = createMockBackend({ storage });
    server.use(...first.handlers);
    await call('/app/login', { username: 'multi', password: 'password' });
    await call('/app/login-account', { account_id: 'acc_1000000003' });
    expect(storage.data.has('react-session-kit/mock')).toBe(true);

    server.resetHandlers();
    const reloaded = createMockBackend({ storage });
    server.use(...reloaded.handlers);
    expect(reloaded.state).toMatchObject({ stage: 'signed_in', accountId: 'acc_1000000003' });
    const { json } = await call('/app/session');
    expect(json).toMatchObject({ auth: true, account: { id: 'acc_1000000003' } });
    expect(reloaded.state.requests).toEqual({ 'GET /app/session': 1 });
  });

  it('shares one server between backends ("tabs") on the same storage', async () => {
    const storage = memoryStorage();
    const tabA = createMockBackend({ storage, storageKey: 'shared' });
    const tabB = createMockBackend({ storage, storageKey: 'shared' });
    server.use(...tabA.handlers);
    await call('/app/login', { username: 'single', password: 'password' });
    expect(tabB.state.username).toBe('single');
    tabB.bumpSession();
    expect(tabA.state.stale).toBe(true);
    expect([...storage.data.keys()]).toEqual(['shared']);
  });

  it('starts signed out from missing, unparsable or foreign data', async () => {
    const storage = memoryStorage();
    storage.setItem('react-session-kit/mock', '{not json');
    const backend = createMockBackend({ storage });
    server.use(...backend.handlers);
    expect(backend.state.stage).toBe('signed_out');
    storage.setItem('react-session-kit/mock', JSON.stringify({ version: 99 }));
    expect(at((await call('/app/session')).json, 'auth')).toBe(false);
  });

  it('reset() removes the stored state', async () => {
    const storage = memoryStorage();
    const backend = createMockBackend({ storage });
    server.use(...backend.handlers);
    await call('/app/login', { username: 'single', password: 'password' });
    backend.reset();
    expect(storage.data.size).toBe(0);
    expect(backend.state.stage).toBe('signed_out');
  });
});
