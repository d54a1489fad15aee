// @vitest-environment node
// `backend.fetch`: the mock answering a client itself, with no MSW server listening.
import { describe, expect, it } from 'vitest';
import { createSessionClient } from '../../src/core/client';
import { createMockBackend, mockUsers } from '../../src/mock';
import { createDeviceSessionsClient } from '../../src/sessions/client';

const apiUrl = 'https://api.fetch.test';

function start() {
  const backend = createMockBackend({ apiUrl });
  const client = createSessionClient({ apiUrl, fetch: backend.fetch });
  return { backend, client };
}

describe('backend.fetch', () => {
  it('keeps the HttpOnly cookie as a browser would: signed in until logout', async () => {
    const { backend, client } = start();
    await client.login({ username: 'single', password: mockUsers.single.password });
    expect((await client.getSession()).status).toBe('authenticated');
    expect(backend.state.requests['GET /app/session']).toBe(1);
    await client.logout();
    expect((await client.getSession()).status).toBe('unauthenticated');
  });

  it('forgets the cookie on reset', async () => {
    const { backend, client } = start();
    await client.login({ username: 'single', password: mockUsers.single.password });
    backend.reset();
    expect((await client.getSession()).status).toBe('unauthenticated');
  });

  it('serves the sessions API, faults included', async () => {
    const { backend } = start();
    const sessions = createDeviceSessionsClient({ apiUrl, fetch: backend.fetch });
    const record = await sessions.get('sess_single_mac');
    expect(record.status).toBe('active');
    backend.setFault({ type: 'error', status: 503, only: ['/sessions/:id'], times: 1 });
    await expect(sessions.get('sess_single_mac')).rejects.toMatchObject({ status: 503 });
  });

  it('rejects as a real fetch does: offline, an unknown route, an aborted request', async () => {
    const { backend } = start();
    backend.setFault({ type: 'offline', times: 1 });
    await expect(backend.fetch(`${apiUrl}/app/session`)).rejects.toThrow(TypeError);
    await expect(backend.fetch(`${apiUrl}/nowhere`)).rejects.toThrow(TypeError);
    await expect(
      backend.fetch(`${apiUrl}/app/session`, { signal: AbortSignal.abort() }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect((await backend.fetch(`${apiUrl}/app/session`)).status).toBe(200);
  });
});
