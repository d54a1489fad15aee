import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useLogout } from '../../src';
import {
  useCurrentSessionId,
  useSessionRecord,
  useDeviceSessions,
  useDeviceSessionsClient,
  DeviceSessionsProvider,
} from '../../src/sessions';
import * as deprecated from '../../src/sessions';
import { createDeviceSessionsClient } from '../../src/sessions/client';
import { mockUsers } from '../../src/mock';
import { apiUrl, sessionWrapper, signIn, startBackend } from './harness';
import { setUpServer } from '../support/server';

const server = setUpServer();

const userId = mockUsers.single.profile.id;

describe('useDeviceSessions', () => {
  it("lists the signed-in user's sessions, newest first, this device's on top", async () => {
    const backend = startBackend(server);
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({ client, initialSession: session });
    const { result } = renderHook(
      () => ({ list: useDeviceSessions({ limit: 50 }), current: useCurrentSessionId() }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    const page = result.current.list.data!;
    expect(page.totalCount).toBe(10); // nine fixtures and the live one
    expect(page.data[0]?.id).toBe(backend.state.sid);
    expect(result.current.current).toBe(backend.state.sid);
    expect(page.data.every((record) => record.userId === userId)).toBe(true);
  });

  it('pages, keeping the previous page on screen while the next loads', async () => {
    startBackend(server, { latency: 20 });
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({ client, initialSession: session });
    const { result, rerender } = renderHook(
      ({ offset }) => useDeviceSessions({ limit: 4, offset }),
      {
        wrapper,
        initialProps: { offset: 0 },
      },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const first = result.current.data!.data.map((record) => record.id);
    rerender({ offset: 4 });
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data!.data.map((record) => record.id)).toEqual(first);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.data!.data).toHaveLength(4);
    expect(result.current.data!.data.map((record) => record.id)).not.toContain(first[0]);
  });

  it('waits while nobody is signed in', async () => {
    const backend = startBackend(server);
    const { wrapper } = sessionWrapper({ apiUrl });
    const { result } = renderHook(() => useDeviceSessions(), { wrapper });
    await waitFor(() => expect(backend.state.requests['GET /app/session']).toBe(1));
    expect(result.current.fetchStatus).toBe('idle');
    expect(backend.sessions.requests['GET /sessions']).toBeUndefined();
  });

  it('is dropped from the cache on logout (user-scoped key)', async () => {
    startBackend(server);
    const { client, session } = await signIn();
    const { wrapper, queryClient } = sessionWrapper({ client, initialSession: session });
    const { result } = renderHook(() => ({ list: useDeviceSessions(), logout: useLogout() }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    const lists = () =>
      queryClient
        .getQueryCache()
        .findAll({ queryKey: ['react-session-kit', apiUrl, 'user', userId, 'sessions'] });
    expect(lists()).toHaveLength(1);
    await act(() => result.current.logout.mutateAsync());
    expect(lists()).toHaveLength(0);
  });

  it('uses the client of <DeviceSessionsProvider> when one is above', async () => {
    startBackend(server);
    const { client, session } = await signIn();
    const sessionsClient = createDeviceSessionsClient({ apiUrl });
    const { wrapper: Session } = sessionWrapper({ client, initialSession: session });
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <Session>
        <DeviceSessionsProvider client={sessionsClient}>{children}</DeviceSessionsProvider>
      </Session>
    );
    const { result } = renderHook(() => useDeviceSessionsClient(), { wrapper });
    expect(result.current).toBe(sessionsClient);
  });

  it('keeps the 0.1 names as aliases of the new ones', () => {
    expect(deprecated.useSessions).toBe(useDeviceSessions);
    expect(deprecated.useSessionsClient).toBe(useDeviceSessionsClient);
    expect(deprecated.createSessionsClient).toBe(createDeviceSessionsClient);
  });
});

describe('useSessionRecord', () => {
  it('fetches one session', async () => {
    startBackend(server);
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({ client, initialSession: session });
    const { result } = renderHook(() => useSessionRecord('sess_single_iphone'), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({
      id: 'sess_single_iphone',
      status: 'active',
      latestActivity: { deviceType: 'iPhone', isMobile: true },
    });
  });

  it('fails with not_found for a missing session, once (no retry)', async () => {
    const backend = startBackend(server);
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({
      client,
      initialSession: session,
    });
    const { result } = renderHook(() => useSessionRecord('../missing'), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'not_found' });
    expect(backend.sessions.requests['GET /sessions/:id']).toBe(1);
  });

  it('waits for an id', () => {
    startBackend(server);
    const { wrapper } = sessionWrapper({ apiUrl });
    const { result } = renderHook(() => useSessionRecord(null), { wrapper });
    expect(result.current.fetchStatus).toBe('idle');
  });
});
