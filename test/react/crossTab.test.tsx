import { act, renderHook, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useChangeAccount, useLogin, useLogout, useSession } from '../../src';
import { createSessionChannel } from '../../src/core/broadcast';
import { http, HttpResponse } from 'msw';
import { apiUrl, signedInBody } from '../fixtures/wire';
import { providerWrapper, sessionApi } from './harness';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
beforeEach(() => localStorage.clear());

function useTab() {
  return {
    state: useSession(),
    login: useLogin(),
    logout: useLogout(),
    change: useChangeAccount(),
  };
}

/** Two providers on separate QueryClients sharing storage and the channel: two tabs. */
function openTwoTabs() {
  const a = renderHook(useTab, { wrapper: providerWrapper({ storage: 'local' }).wrapper });
  const b = renderHook(useTab, { wrapper: providerWrapper({ storage: 'local' }).wrapper });
  return [a.result, b.result] as const;
}

describe('cross-tab', () => {
  it('login and logout in one tab reach the other within a second, with no extra requests', async () => {
    const api = sessionApi(server);
    const [a, b] = openTwoTabs();
    await waitFor(() => expect(b.current.state.status).toBe('unauthenticated'));
    await act(() => a.current.login.mutateAsync({ username: 'single', password: 'pw' }));
    await waitFor(() => expect(b.current.state.status).toBe('authenticated'), { timeout: 1000 });
    await act(() => a.current.logout.mutateAsync());
    await waitFor(() => expect(b.current.state.status).toBe('unauthenticated'), { timeout: 1000 });
    expect(api.count('GET /app/session')).toBe(2); // one per tab, at start
  });

  it('an account switch reaches the other tab', async () => {
    sessionApi(server, 'signed-in');
    server.use(
      http.post(`${apiUrl}/user/change-account`, () =>
        HttpResponse.json({ ...signedInBody, account: { id: 'acc_9', title: 'Globex' } }),
      ),
    );
    const [a, b] = openTwoTabs();
    await waitFor(() => expect(b.current.state.status).toBe('authenticated'));
    await act(() => a.current.change.mutateAsync('acc_9'));
    await waitFor(() => expect(b.current.state.session?.account?.title).toBe('Globex'), {
      timeout: 1000,
    });
  });

  it('ignores hostile and stale messages', async () => {
    sessionApi(server, 'signed-in');
    const [, b] = openTwoTabs();
    await waitFor(() => expect(b.current.state.status).toBe('authenticated'));
    const raw = new BroadcastChannel('react-session-kit:session');
    raw.postMessage({
      type: 'react-session-kit/session',
      source: 'evil',
      at: Date.now() + 1000,
      session: { status: 'authenticated', user: '<script>' },
    });
    raw.postMessage('not even an object');
    const attacker = createSessionChannel('react-session-kit:session');
    const signedOut = {
      ...b.current.state.session!,
      status: 'unauthenticated' as const,
      user: null,
      account: null,
    };
    attacker.post(signedOut, 1); // older than what the tab has
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(b.current.state.status).toBe('authenticated');
    expect(b.current.state.session?.user?.name).toBe('Demo User');
    raw.close();
    attacker.close();
  });
});
