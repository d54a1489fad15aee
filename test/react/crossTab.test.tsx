import { act, renderHook, waitFor } from '@testing-library/react';
import { dehydrate } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionClient, useChangeAccount, useLogin, useLogout, useSession } from '../../src';
import { createSessionChannel } from '../../src/core/broadcast';
import { createTestSession } from '../../src/testing';
import { http, HttpResponse } from 'msw';
import { apiUrl, signedInBody, signedOutBody } from '../fixtures/wire';
import { providerWrapper, sessionApi } from './harness';
import { setUpServer } from '../support/server';

const server = setUpServer();
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
    const raw = new BroadcastChannel(channelName);
    raw.postMessage({
      type: 'react-session-kit/session',
      source: 'evil',
      api: apiUrl,
      at: Date.now() + 1000,
      session: { status: 'authenticated', user: '<script>' },
    });
    raw.postMessage('not even an object');
    const attacker = createSessionChannel(namespaceOf(apiUrl), apiUrl);
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

  it('ignores a well-formed message dated in the future, and a later real logout still arrives', async () => {
    sessionApi(server, 'signed-in');
    const [a, b] = openTwoTabs();
    await waitFor(() => expect(b.current.state.status).toBe('authenticated'));
    const forger = createSessionChannel(namespaceOf(apiUrl), apiUrl);
    const session = b.current.state.session!;
    const injected = { ...session, user: { ...session.user!, id: 'usr_eve', name: 'Eve' } };
    forger.post(injected, Date.now() + 1e12);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(b.current.state.session?.user?.name).toBe('Demo User');
    await act(() => a.current.logout.mutateAsync());
    await waitFor(() => expect(b.current.state.status).toBe('unauthenticated'), { timeout: 1000 });
    forger.close();
  });

  it('two apps on one origin with different APIs never see or end each other’s session', async () => {
    const otherApi = 'https://other-api.test';
    sessionApi(server, 'signed-out');
    server.use(
      http.get(`${otherApi}/app/session`, () => HttpResponse.json(signedOutBody)),
      http.get(`${otherApi}/app/logout`, () => HttpResponse.json(signedOutBody)),
    );
    const first = renderHook(useTab, { wrapper: providerWrapper({ storage: 'local' }).wrapper });
    const second = renderHook(useTab, {
      wrapper: providerWrapper({ storage: 'local', apiUrl: otherApi }).wrapper,
    });
    await waitFor(() => expect(second.result.current.state.status).toBe('unauthenticated'));
    await act(() => first.result.current.login.mutateAsync({ username: 'single', password: 'pw' }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(second.result.current.state.status).toBe('unauthenticated');
    await act(() => second.result.current.logout.mutateAsync());
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(first.result.current.state.status).toBe('authenticated');
    // A tab of the second app opened now does not start from the first app's stored session.
    const third = renderHook(useTab, {
      wrapper: providerWrapper({ storage: 'local', apiUrl: otherApi }).wrapper,
    });
    expect(third.result.current.state.status).toBe('loading');
  });

  it('bearer mode: a login in one tab makes the other tab send the new JWT', async () => {
    const seen: (string | null)[] = [];
    sessionApi(server, 'signed-out');
    server.use(
      http.get(`${apiUrl}/app/session`, ({ request }) => {
        const authorization = request.headers.get('Authorization');
        seen.push(authorization);
        return HttpResponse.json(
          authorization === `Bearer ${signedInBody.jwt}` ? signedInBody : signedOutBody,
        );
      }),
    );
    const bearerTab = () =>
      renderHook(useTab, {
        wrapper: providerWrapper({
          storage: 'local',
          client: createSessionClient({ apiUrl, appKey: 'pk_app', jwtTransport: 'bearer' }),
        }).wrapper,
      }).result;
    const a = bearerTab();
    const b = bearerTab();
    await waitFor(() => expect(b.current.state.status).toBe('unauthenticated'));
    await act(() => a.current.login.mutateAsync({ username: 'single', password: 'pw' }));
    await waitFor(() => expect(b.current.state.status).toBe('authenticated'), { timeout: 1000 });
    await act(() => b.current.state.refresh());
    expect(seen.at(-1)).toBe(`Bearer ${signedInBody.jwt}`);
    expect(b.current.state.status).toBe('authenticated');
    await act(() => a.current.logout.mutateAsync());
    await waitFor(() => expect(b.current.state.status).toBe('unauthenticated'), { timeout: 1000 });
    await act(() => b.current.state.refresh());
    expect(seen.at(-1)).toBe('Bearer pk_app');
    expect(b.current.state.session?.ended).toBe(false);
  });
});

describe('cookie mode', () => {
  it('the JWT of a session body never enters the cache, dehydrate(), storage or a cross-tab message', async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJzZXNzXzEifQ.c2VjcmV0LXNpZ25hdHVyZQ';
    server.use(
      http.get(`${apiUrl}/app/session`, () => HttpResponse.json(signedOutBody)),
      http.post(`${apiUrl}/app/login`, () => HttpResponse.json({ ...signedInBody, jwt })),
    );
    const heard: string[] = [];
    const listener = new BroadcastChannel(channelName);
    listener.onmessage = (event) => heard.push(JSON.stringify(event.data));
    const { wrapper, queryClient } = providerWrapper({ storage: 'local' });
    const { result } = renderHook(useTab, { wrapper });
    await waitFor(() => expect(result.current.state.status).toBe('unauthenticated'));
    await act(() => result.current.login.mutateAsync({ username: 'single', password: 'pw' }));
    await waitFor(() => expect(heard.length).toBeGreaterThan(0));
    expect(result.current.state.session?.jwt).toBeNull();
    expect(result.current.state.session?.sessionId).toBe('sess_1');
    expect(JSON.stringify(dehydrate(queryClient))).not.toContain(jwt);
    expect(JSON.stringify({ ...localStorage })).not.toContain(jwt);
    expect(heard.join()).not.toContain(jwt);
    listener.close();
  });
});

const namespaceOf = (api: string) => ({
  namespace: `react-session-kit:${api}`,
  key: `react-session-kit:${api}:session`,
});
const channelName = namespaceOf(apiUrl).namespace;

describe('cross-tab without BroadcastChannel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("the stored session's storage event carries it; foreign, future-dated and other keys do not", () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const { namespace, key } = namespaceOf(apiUrl);
    const channel = createSessionChannel({ namespace, key }, apiUrl);
    const received: string[] = [];
    channel.subscribe((session) => received.push(session.user?.name ?? ''));
    const stored = (name: string, extra: object = {}) =>
      JSON.stringify({
        v: 2,
        api: apiUrl,
        savedAt: Date.now(),
        session: createTestSession({ user: { name } }),
        ...extra,
      });
    const fire = (eventKey: string, newValue: string) =>
      window.dispatchEvent(new StorageEvent('storage', { key: eventKey, newValue }));

    fire(key, stored('Other API', { api: 'https://api-two.test' }));
    fire(key, stored('From the future', { savedAt: Date.now() + 3_600_000 }));
    fire(`${namespace}:dismissed`, stored('Another key'));
    fire(key, '{"v":2,"session":{}}');
    fire(key, stored('Ada'));
    expect(received).toEqual(['Ada']);
    channel.close();
    fire(key, stored('After close'));
    expect(received).toEqual(['Ada']);
  });
});
