import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useSession } from '../../src';
import { useRevokeSession, useSessionRecord, useDeviceSessions } from '../../src/sessions';
import { createDeviceSessionsClient } from '../../src/sessions/client';
import { apiUrl, deferred, sessionWrapper, signIn, startBackend } from './harness';
import { setUpServer } from '../support/server';

const server = setUpServer();

const revokeUrl = `${apiUrl}/sessions/:id/revoke`;

/** Signed in as `single`, with the list and a revoke mutation mounted. */
async function setup() {
  const backend = startBackend(server);
  const { client, session } = await signIn();
  const { wrapper, queryClient } = sessionWrapper({ client, initialSession: session });
  const hook = renderHook(
    () => ({
      list: useDeviceSessions({ limit: 50 }),
      record: useSessionRecord('sess_single_iphone'),
      revoke: useRevokeSession(),
      session: useSession(),
    }),
    { wrapper },
  );
  await waitFor(() =>
    expect(hook.result.current.list.isSuccess && hook.result.current.record.isSuccess).toBe(true),
  );
  const statusOf = (id: string) =>
    hook.result.current.list.data?.data.find((record) => record.id === id)?.status;
  return { backend, hook, queryClient, statusOf, session };
}

describe('useRevokeSession', () => {
  it('shows the session revoked at once, before the server answers, then keeps the answer', async () => {
    const { hook, statusOf, backend } = await setup();
    const gate = deferred();
    server.use(http.post(revokeUrl, async () => (await gate.promise, undefined)));
    act(() => hook.result.current.revoke.mutate('sess_single_iphone'));
    await waitFor(() => expect(statusOf('sess_single_iphone')).toBe('revoked'));
    expect(hook.result.current.record.data?.status).toBe('revoked');
    expect(hook.result.current.revoke.isPending).toBe(true);
    expect(
      backend.sessions.records.find((record) => record.id === 'sess_single_iphone')?.status,
    ).toBe('active');
    gate.resolve(); // the handler falls through to the mock, which revokes it
    await waitFor(() => expect(hook.result.current.revoke.isSuccess).toBe(true));
    expect(hook.result.current.revoke.data).toMatchObject({
      id: 'sess_single_iphone',
      record: { status: 'revoked' },
      signedOut: false,
    });
    expect(statusOf('sess_single_iphone')).toBe('revoked');
    expect(
      backend.sessions.records.find((record) => record.id === 'sess_single_iphone')?.status,
    ).toBe('revoked');
  });

  it('rolls back when the server refuses', async () => {
    const { hook, statusOf } = await setup();
    const gate = deferred();
    server.use(
      http.post(revokeUrl, async () => {
        await gate.promise;
        return HttpResponse.json(
          { errors: [{ code: 'internal', message: 'boom', long_message: 'Something broke.' }] },
          { status: 500 },
        );
      }),
    );
    act(() => hook.result.current.revoke.mutate('sess_single_iphone'));
    await waitFor(() => expect(statusOf('sess_single_iphone')).toBe('revoked'));
    gate.resolve();
    await waitFor(() => expect(hook.result.current.revoke.isError).toBe(true));
    expect(hook.result.current.revoke.error).toMatchObject({
      kind: 'server',
      message: 'Something broke.',
    });
    expect(statusOf('sess_single_iphone')).toBe('active');
    expect(hook.result.current.record.data?.status).toBe('active');
  });

  it('rolls back a pending session to pending, not to active', async () => {
    const { hook, statusOf } = await setup();
    server.use(
      http.post(revokeUrl, () =>
        HttpResponse.json({ errors: [{ code: 'forbidden', message: 'no' }] }, { status: 403 }),
      ),
    );
    await act(() => hook.result.current.revoke.mutateAsync('sess_single_windows').catch(() => {}));
    expect(statusOf('sess_single_windows')).toBe('pending');
  });

  it('counts a 404 (revoked elsewhere first) as done', async () => {
    const { hook, statusOf } = await setup();
    await createDeviceSessionsClient({ apiUrl }).revoke('sess_single_iphone'); // another tab
    server.use(
      http.post(revokeUrl, () =>
        HttpResponse.json(
          { errors: [{ code: 'resource_not_found', message: 'not found' }] },
          { status: 404 },
        ),
      ),
    );
    let result: unknown;
    await act(async () => {
      result = await hook.result.current.revoke.mutateAsync('sess_single_iphone');
    });
    expect(result).toEqual({ id: 'sess_single_iphone', record: null, signedOut: false });
    expect(hook.result.current.revoke.isSuccess).toBe(true);
    await waitFor(() => expect(statusOf('sess_single_iphone')).toBe('revoked'));
  });

  it("revoking this device's session logs out, like useLogout", async () => {
    const { hook, backend, queryClient, session } = await setup();
    const sid = backend.state.sid!;
    await act(() => hook.result.current.revoke.mutateAsync(sid));
    expect(hook.result.current.revoke.data).toMatchObject({ id: sid, signedOut: true });
    await waitFor(() => expect(hook.result.current.session.status).toBe('unauthenticated'));
    expect(backend.state.stage).toBe('signed_out');
    expect(backend.sessions.records.find((record) => record.id === sid)?.status).toBe('revoked');
    const userQueries = queryClient
      .getQueryCache()
      .findAll({ queryKey: ['react-session-kit', apiUrl, 'user', session.user!.id] });
    expect(userQueries).toHaveLength(0);
  });

  it('runs several revokes at once and refetches the lists once, after the last', async () => {
    const { hook, backend, statusOf } = await setup();
    const listsBefore = backend.sessions.requests['GET /sessions'] ?? 0;
    const ids = ['sess_single_mac', 'sess_single_iphone', 'sess_single_windows'];
    await act(() => Promise.all(ids.map((id) => hook.result.current.revoke.mutateAsync(id))));
    for (const id of ids) expect(statusOf(id)).toBe('revoked');
    await waitFor(() => expect(backend.sessions.requests['GET /sessions']).toBe(listsBefore + 1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.sessions.requests['GET /sessions']).toBe(listsBefore + 1);
    for (const id of ids) expect(statusOf(id)).toBe('revoked');
  });
});
