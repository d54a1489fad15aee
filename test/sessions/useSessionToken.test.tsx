import { useEffect } from 'react';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { dehydrate } from '@tanstack/react-query';
import { jwtVerify } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLogout } from '../../src';
import { useSessionToken } from '../../src/sessions';
import { apiUrl, recordingStorage, sessionWrapper, signIn, startBackend } from './harness';
import { setUpServer } from '../support/server';

const server = setUpServer();
afterEach(() => {
  vi.useRealTimers();
});

const tokenRoute = 'POST /sessions/:id/tokens/:template';

function TokenView({ name }: { name: string }) {
  const { token } = useSessionToken('default', { expiresInSeconds: 60 });
  return <p data-testid={name}>{token ?? 'none'}</p>;
}

describe('useSessionToken', () => {
  it('mints a real token for this device’s session', async () => {
    const backend = startBackend(server);
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({ client, initialSession: session });
    const { result } = renderHook(() => useSessionToken('supabase'), { wrapper });
    await waitFor(() => expect(result.current.token).not.toBeNull());
    const { payload } = await jwtVerify(
      result.current.token!,
      await backend.sessions.getPublicKey(),
      { audience: 'authenticated' },
    );
    expect(payload.sid).toBe(backend.state.sid);
    expect(result.current.expiresAt).toBeGreaterThan(Date.now());
  });

  it('two components and five concurrent getToken() calls share one request', async () => {
    const backend = startBackend(server, { latency: 30 });
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({ client, initialSession: session });
    const caller: { getToken?: () => Promise<string | null> } = {};
    function Caller() {
      const { getToken } = useSessionToken('default', { expiresInSeconds: 60 });
      useEffect(() => {
        caller.getToken = getToken;
      }, [getToken]);
      return null;
    }
    render(
      <>
        <TokenView name="a" />
        <TokenView name="b" />
        <Caller />
      </>,
      { wrapper },
    );
    await waitFor(() => expect(caller.getToken).toBeDefined());
    const tokens = await Promise.all(Array.from({ length: 5 }, () => caller.getToken!()));
    await waitFor(() => expect(screen.getByTestId('a').textContent).not.toBe('none'));
    expect(
      new Set([...tokens, screen.getByTestId('a').textContent, screen.getByTestId('b').textContent])
        .size,
    ).toBe(1);
    expect(backend.sessions.requests[tokenRoute]).toBe(1);
  });

  it('serves the cached token until shortly before exp, then one more request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const backend = startBackend(server);
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({ client, initialSession: session });
    const { result } = renderHook(
      () => useSessionToken('default', { expiresInSeconds: 60, enabled: false }),
      { wrapper },
    );
    const first = await result.current.getToken();
    vi.setSystemTime(Date.now() + 44_000); // 60 s token: refreshed 15 s ahead of exp
    expect(await result.current.getToken()).toBe(first);
    expect(backend.sessions.requests[tokenRoute]).toBe(1);
    vi.setSystemTime(Date.now() + 2_000); // 46 s after it arrived
    const second = await result.current.getToken();
    expect(second).not.toBe(first);
    expect(backend.sessions.requests[tokenRoute]).toBe(2);
    expect(await result.current.getToken()).toBe(second);
    expect(backend.sessions.requests[tokenRoute]).toBe(2);
  });

  it('refetches ahead of expiry on its own while mounted', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const backend = startBackend(server);
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({ client, initialSession: session });
    const { result } = renderHook(() => useSessionToken('default', { expiresInSeconds: 60 }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.token).not.toBeNull());
    const first = result.current.token;
    await act(() => vi.advanceTimersByTimeAsync(40_000));
    expect(backend.sessions.requests[tokenRoute]).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(6_000));
    await waitFor(() => expect(result.current.token).not.toBe(first));
    expect(backend.sessions.requests[tokenRoute]).toBe(2);
    expect(result.current.expiresAt! - Date.now()).toBeGreaterThan(50_000);
  });

  it('forceRefresh fetches a new token even when the cached one is fresh', async () => {
    const backend = startBackend(server);
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({ client, initialSession: session });
    const { result } = renderHook(() => useSessionToken('default', { enabled: false }), {
      wrapper,
    });
    const first = await result.current.getToken();
    const second = await result.current.getToken({ forceRefresh: true });
    expect(second).not.toBe(first);
    expect(backend.sessions.requests[tokenRoute]).toBe(2);
  });

  it('never reaches storage, and serialises as [redacted]', async () => {
    startBackend(server);
    const { client, session } = await signIn();
    const { storage, written } = recordingStorage();
    const { wrapper, queryClient } = sessionWrapper({ client, initialSession: session, storage });
    const { result } = renderHook(() => useSessionToken('default'), { wrapper });
    await waitFor(() => expect(result.current.token).not.toBeNull());
    const jwt = result.current.token!;
    const [, payload, signature] = jwt.split('.');
    const everything = [
      ...written,
      JSON.stringify(dehydrate(queryClient)),
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.state),
      ),
    ];
    for (const text of everything) {
      expect(text).not.toContain(payload);
      expect(text).not.toContain(signature);
    }
    expect(JSON.stringify(dehydrate(queryClient))).toContain('[redacted]');
    expect(
      String(
        queryClient
          .getQueryCache()
          .getAll()
          .find((q) => q.queryKey.includes('session-token'))?.state.data,
      ),
    ).toBe('[redacted]');
  });

  it('resolves null and sends nothing without a session id', async () => {
    const backend = startBackend(server);
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({
      client,
      initialSession: { ...session, jwt: null, sessionId: null },
    }); // no JWT with a sid
    const { result } = renderHook(() => useSessionToken('default'), { wrapper });
    expect(await result.current.getToken()).toBeNull();
    expect(result.current.status).toBe('pending');
    expect(backend.sessions.requests[tokenRoute]).toBeUndefined();
  });

  it('takes the session id from the options when the JWT cannot be read', async () => {
    const backend = startBackend(server);
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({ client, initialSession: { ...session, jwt: null } });
    const { result } = renderHook(
      () => useSessionToken('default', { sessionId: 'sess_single_iphone' }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.token).not.toBeNull());
    const { payload } = await jwtVerify(
      result.current.token!,
      await backend.sessions.getPublicKey(),
    );
    expect(payload.sid).toBe('sess_single_iphone');
  });

  it('refuses a lifetime outside 30–315360000 s without a request', async () => {
    const backend = startBackend(server);
    const { client, session } = await signIn();
    const { wrapper } = sessionWrapper({ client, initialSession: session });
    const { result } = renderHook(() => useSessionToken('default', { expiresInSeconds: 10 }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ kind: 'validation' });
    expect(backend.sessions.requests[tokenRoute]).toBeUndefined();
  });

  it('is dropped on logout', async () => {
    startBackend(server);
    const { client, session } = await signIn();
    const { wrapper, queryClient } = sessionWrapper({ client, initialSession: session });
    const { result } = renderHook(
      () => ({ token: useSessionToken('default'), logout: useLogout() }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.token.token).not.toBeNull());
    await act(() => result.current.logout.mutateAsync());
    const tokens = queryClient
      .getQueryCache()
      .findAll({ queryKey: ['react-session-kit', apiUrl, 'user', session.user!.id] });
    expect(tokens).toHaveLength(0);
    expect(result.current.token.token).toBeNull();
  });
});
