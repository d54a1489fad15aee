import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAccess, useAlerts, useSession, type Session } from '../../src';
import { sessionAnswerSchema } from '../../src/core/schemas/sessionAnswer';
import { apiUrl, signedInBody } from '../fixtures/wire';
import { providerWrapper, sessionApi } from './harness';
import { setUpServer } from '../support/server';

const server = setUpServer();

const sessionKey = ['react-session-kit', apiUrl, 'session'];

describe('re-renders', () => {
  it('a selector and a useAccess consumer do not re-render when an unrelated part changes', async () => {
    sessionApi(server, 'signed-in');
    const { wrapper, queryClient } = providerWrapper();
    const renders = { name: 0, access: 0, whole: 0 };
    function Whole() {
      renders.whole += 1;
      return <p>{useSession().session?.account?.title}</p>;
    }
    function Name() {
      renders.name += 1;
      return <p>{useSession((session) => session.user?.name)}</p>;
    }
    function Payments() {
      renders.access += 1;
      return <p>{useAccess('payments:r') ? 'can pay' : 'cannot pay'}</p>;
    }
    render(
      <>
        <Name />
        <Payments />
        <Whole />
      </>,
      { wrapper },
    );
    await screen.findByText('can pay');
    await screen.findByText('Demo User');
    const before = { ...renders };
    await act(async () => {
      queryClient.setQueryData<Session>(
        sessionKey,
        (old) =>
          old && {
            ...old,
            alerts: [],
            accessSignature: 'changed',
            account: old.account && { ...old.account, title: 'Renamed' },
          },
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    // The control: a consumer of the whole session saw the change …
    expect(await screen.findByText('Renamed')).toBeInTheDocument();
    expect(renders.whole).toBeGreaterThan(before.whole);
    // … the selector and useAccess consumers did not render again.
    expect(renders.name).toBe(before.name);
    expect(renders.access).toBe(before.access);
    act(() => {
      queryClient.setQueryData<Session>(
        sessionKey,
        (old) => old && { ...old, access: { payments: 'c' } },
      );
    });
    expect(await screen.findByText('cannot pay')).toBeInTheDocument();
    expect(renders.name).toBe(before.name);
  });
});

describe('useAccess', () => {
  it('is false while loading and follows the session', async () => {
    sessionApi(server, 'signed-in');
    const { wrapper } = providerWrapper();
    const { result } = renderHook(
      () => [useAccess('account-users:c'), useAccess('payments:c'), useAccess('*')],
      { wrapper },
    );
    expect(result.current).toEqual([false, false, false]);
    await waitFor(() => expect(result.current).toEqual([true, false, true]));
  });
});

describe('useAlerts', () => {
  const session = sessionAnswerSchema.parse({
    ...signedInBody,
    access: { payments: 'r', reports: 'r' },
    alerts: [
      { id: 'low-old', title: 'Low old', priority: 3, timestamp: 100 },
      { id: 'denied', title: 'Denied', priority: 1, access: 'payments:u', timestamp: 500 },
      { id: 'urgent', title: 'Urgent', priority: 1, access: 'payments:r', timestamp: 200 },
      { id: 'low-new', title: 'Low new', priority: 3, timestamp: 300 },
      { id: 'mid', title: 'Mid', priority: 2, access: 'reports,payments:u', timestamp: 50 },
    ],
  });

  it('shows only alerts whose access holds, most urgent first, then newest', () => {
    const { wrapper } = providerWrapper({ initialSession: session, refetchInterval: false });
    sessionApi(server, 'signed-in');
    const { result } = renderHook(() => useAlerts(), { wrapper });
    expect(result.current.alerts.map((alert) => alert.id)).toEqual([
      'urgent',
      'mid',
      'low-new',
      'low-old',
    ]);
  });

  it('dismiss hides one for this user, and it stays hidden after a reload', async () => {
    sessionApi(server, 'signed-in');
    const first = providerWrapper({ initialSession: session, storage: localStorage });
    const { result, unmount } = renderHook(() => useAlerts(), { wrapper: first.wrapper });
    act(() => result.current.dismiss('urgent'));
    await waitFor(() =>
      expect(result.current.alerts.map((alert) => alert.id)).toEqual(['mid', 'low-new', 'low-old']),
    );
    unmount();
    const second = providerWrapper({ initialSession: session, storage: localStorage });
    const { result: reloaded } = renderHook(() => useAlerts(), { wrapper: second.wrapper });
    expect(reloaded.current.alerts.map((alert) => alert.id)).toEqual(['mid', 'low-new', 'low-old']);
    localStorage.clear();
  });
});
