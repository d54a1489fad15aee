import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  SessionProvider,
  useLogout,
  useSession,
  useSessionClient,
  type Session,
  type SessionError,
} from '../../src';
import { createSessionKeys } from '../../src/core/queryKeys';
import { createSessionStore, memoryStorage } from '../../src/core/storage';
import { sessionAnswerSchema } from '../../src/core/schemas/sessionAnswer';
import { apiUrl, signedInBody, signedOutBody, storedKey } from '../fixtures/wire';
import { testQueryClient } from '../support/queryClient';
import { providerWrapper, sessionApi, sessionHookWhen } from './harness';
import { setUpServer } from '../support/server';

const server = setUpServer();
beforeEach(() => localStorage.clear());

function Greeting() {
  const { status, session } = useSession();
  if (status === 'loading') return <p>Loading…</p>;
  if (status === 'authenticated') return <p>Hello {session.user.name}</p>;
  return <p>Please log in</p>;
}

describe('SessionProvider', () => {
  it('renders authenticated on the very first render from storage, then revalidates', async () => {
    const api = sessionApi(server, 'signed-in');
    const storage = memoryStorage();
    createSessionStore({ apiUrl, storage }).write(
      sessionAnswerSchema.parse(signedInBody),
      Date.now(),
    );
    const { wrapper } = providerWrapper({ storage });
    const frames: string[] = [];
    function Recorder() {
      const { status } = useSession();
      frames.push(status);
      return null;
    }
    render(<Recorder />, { wrapper });
    expect(frames[0]).toBe('authenticated');
    await waitFor(() => expect(api.count('GET /app/session')).toBe(1));
    expect(frames).not.toContain('loading');
    expect(frames).not.toContain('unauthenticated');
  });

  it('shows loading, then the fetched session, without storage', async () => {
    sessionApi(server, 'signed-in');
    const { wrapper } = providerWrapper();
    render(<Greeting />, { wrapper });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Hello Demo User')).toBeInTheDocument();
  });

  it('uses an initialSession as fresh: no loading frame and no request', async () => {
    const api = sessionApi(server, 'signed-in');
    const { wrapper } = providerWrapper({
      initialSession: sessionAnswerSchema.parse(signedInBody),
    });
    render(<Greeting />, { wrapper });
    expect(screen.getByText('Hello Demo User')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.state.requests).toEqual([]);
  });

  it('makes one session request for 50 consumers', async () => {
    const api = sessionApi(server, 'signed-in');
    const { wrapper } = providerWrapper();
    render(
      <>
        {Array.from({ length: 50 }, (_, index) => (
          <Greeting key={index} />
        ))}
      </>,
      { wrapper },
    );
    await waitFor(() => expect(screen.getAllByText('Hello Demo User')).toHaveLength(50));
    expect(api.count('GET /app/session')).toBe(1);
  });

  it('works without an app QueryClient, creating its own', async () => {
    sessionApi(server, 'signed-in');
    render(
      <SessionProvider apiUrl={apiUrl} storage="memory">
        <Greeting />
      </SessionProvider>,
    );
    expect(await screen.findByText('Hello Demo User')).toBeInTheDocument();
  });

  it('throws a clear error for hooks outside the provider', () => {
    expect(() => renderHook(() => useSession())).toThrow(
      'useSession must be used within <SessionProvider>',
    );
  });

  it('needs an apiUrl or a client', () => {
    expect(() => render(<SessionProvider />)).toThrow(
      '<SessionProvider> needs an `apiUrl` or a `client`',
    );
  });

  it('removes corrupted storage and fetches instead', async () => {
    sessionApi(server, 'signed-in');
    const storage = memoryStorage();
    storage.setItem(
      storedKey,
      '{"v":1,"savedAt":1,"session":{"status":"authenticated","user":"<img>"}}',
    );
    const { wrapper } = providerWrapper({ storage });
    render(<Greeting />, { wrapper });
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByText('Hello Demo User')).toBeInTheDocument();
    expect(JSON.parse(storage.getItem(storedKey) ?? '{}').session.user.name).toBe('Demo User');
  });
});

describe('faults', () => {
  it('401 on the session → signed out, storage cleared, one request and no retry', async () => {
    const storage = memoryStorage();
    createSessionStore({ apiUrl, storage }).write(
      sessionAnswerSchema.parse(signedInBody),
      Date.now(),
    );
    let requests = 0;
    server.use(
      http.get(`${apiUrl}/app/session`, () => {
        requests += 1;
        return HttpResponse.json(
          { error: { type: 'user', code: 401, message: 'Expired' } },
          { status: 401 },
        );
      }),
    );
    const { wrapper } = providerWrapper({ storage });
    render(<Greeting />, { wrapper });
    expect(screen.getByText('Hello Demo User')).toBeInTheDocument();
    expect(await screen.findByText('Please log in')).toBeInTheDocument();
    expect(storage.getItem(storedKey)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests).toBe(1);
  });

  it('a failed refresh keeps the last good session and exposes the error', async () => {
    const api = sessionApi(server, 'signed-in');
    const { result } = await sessionHookWhen('authenticated');
    let garbage = 0;
    server.use(
      http.get(`${apiUrl}/app/session`, () => {
        garbage += 1;
        return HttpResponse.json({ user: 'garbage' });
      }),
    );
    void result.current.refresh();
    await waitFor(() => expect(result.current.error?.kind).toBe('invalid_response'), {
      timeout: 10_000,
    });
    expect(result.current.status).toBe('authenticated');
    expect(api.count('GET /app/session')).toBe(1);
    expect(garbage).toBe(4); // retried like a 5xx: an unreadable answer is no verdict
  }, 15_000);

  it.each([
    ['{}', {}],
    ['{"auth":true}', { auth: true }],
    ['{"success":true}', { success: true }],
    ['auth:true with an empty account', { ...signedInBody, account: {} }],
    ['auth:true without a user', { ...signedInBody, user: null }],
  ])(
    'a 200 answer that is no session (%s) keeps the session, storage and the user',
    async (_name, body) => {
      sessionApi(server, 'signed-in');
      const storage = memoryStorage();
      const { result, queryClient } = await sessionHookWhen('authenticated', { storage });
      server.use(http.get(`${apiUrl}/app/session`, () => HttpResponse.json(body)));
      void result.current.refresh();
      const state = () =>
        queryClient.getQueryState<Session, SessionError>(createSessionKeys(apiUrl).session);
      await waitFor(() => expect(state()?.fetchFailureReason?.kind).toBe('invalid_response'));
      expect(result.current.status).toBe('authenticated');
      expect(result.current.session?.ended).toBe(false);
      expect(JSON.parse(storage.getItem(storedKey) ?? '{}').session.user.id).toBe('usr_1');
      await queryClient.cancelQueries(); // the retries (1 s, 2 s, 4 s) are another test's
    },
  );

  it('Retry-After is honoured up to maxRetryAfter', async () => {
    sessionApi(server, 'signed-in');
    const { result } = await sessionHookWhen('authenticated', { maxRetryAfter: 300 });
    let attempts = 0;
    server.use(
      http.get(`${apiUrl}/app/session`, () => {
        attempts += 1;
        return attempts === 1
          ? HttpResponse.json({}, { status: 503, headers: { 'Retry-After': '86400' } })
          : HttpResponse.json({ error: { code: 401, message: 'Expired' } }, { status: 401 });
      }),
    );
    void result.current.refresh();
    // A day asked for, 300 ms waited: the next try hears the server end the session.
    await waitFor(() => expect(result.current.status).toBe('unauthenticated'), { timeout: 3000 });
    expect(attempts).toBe(2);
  });

  it('offline during a refresh → session kept, network error exposed after backing off', async () => {
    sessionApi(server, 'signed-in');
    const { result } = await sessionHookWhen('authenticated');
    let attempts = 0;
    server.use(
      http.get(`${apiUrl}/app/session`, () => {
        attempts += 1;
        return HttpResponse.error();
      }),
    );
    void result.current.refresh();
    await waitFor(() => expect(result.current.error?.kind).toBe('network'), { timeout: 10_000 });
    expect(result.current.status).toBe('authenticated');
    expect(result.current.session?.user?.name).toBe('Demo User');
    expect(attempts).toBe(4); // the first try and three retries, backing off 1 s, 2 s, 4 s
  }, 15_000);

  it('no session at all and the server down → unauthenticated with the error', async () => {
    server.use(http.get(`${apiUrl}/app/session`, () => HttpResponse.json({}, { status: 418 })));
    const { result } = await sessionHookWhen('unauthenticated');
    expect(result.current.error?.kind).toBe('http');
  });
});

describe('X-Session-Status', () => {
  it('stale on another answer → exactly one refetch of the session', async () => {
    const api = sessionApi(server, 'signed-in');
    const { wrapper } = await sessionHookWhen('authenticated');
    server.use(
      http.post(`${apiUrl}/app/forgot-password`, () =>
        HttpResponse.json({ success: true }, { headers: { 'X-Session-Status': 'stale' } }),
      ),
    );
    const { result: client } = renderHook(() => useSessionClient(), { wrapper });
    await Promise.all([
      client.current.forgotPassword('a@b.c'),
      client.current.forgotPassword('a@b.c'),
    ]);
    await waitFor(() => expect(api.count('GET /app/session')).toBe(2));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.count('GET /app/session')).toBe(2);
  });

  it('auth on a logout answer (itself the new session) causes no extra request', async () => {
    const api = sessionApi(server, 'signed-in');
    server.use(
      http.get(`${apiUrl}/app/logout`, () => {
        api.state.requests.push('GET /app/logout');
        return HttpResponse.json(signedOutBody, { headers: { 'X-Session-Status': 'auth' } });
      }),
    );
    const { wrapper } = providerWrapper();
    const { result } = renderHook(() => ({ state: useSession(), logout: useLogout() }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));
    await act(() => result.current.logout.mutateAsync());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(result.current.state.status).toBe('unauthenticated');
    expect(api.state.requests).toEqual(['GET /app/session', 'GET /app/logout']);
  });

  it('stale on the session answer itself causes no loop', async () => {
    let requests = 0;
    server.use(
      http.get(`${apiUrl}/app/session`, () => {
        requests += 1;
        return HttpResponse.json(signedOutBody, { headers: { 'X-Session-Status': 'stale' } });
      }),
    );
    const { wrapper } = providerWrapper({ queryClient: testQueryClient() });
    render(<Greeting />, { wrapper });
    await screen.findByText('Please log in');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests).toBe(1);
  });
});
