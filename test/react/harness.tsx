import type { ReactNode } from 'react';
import { renderHook, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { SessionProvider, useSession, type SessionProviderProps } from '../../src';
import { apiUrl, selectAccountBody, signedInBody, signedOutBody } from '../fixtures/wire';
import { testQueryClient } from '../support/queryClient';

/** A provider on a fresh QueryClient, for `renderHook` / `render` wrappers. */
export function providerWrapper(props: Partial<SessionProviderProps> = {}) {
  const queryClient = props.queryClient ?? testQueryClient();
  function Wrapper({ children }: { children?: ReactNode }) {
    return (
      <SessionProvider apiUrl={apiUrl} storage="memory" {...props} queryClient={queryClient}>
        {children}
      </SessionProvider>
    );
  }
  return { queryClient, wrapper: Wrapper };
}

/** `useSession` rendered in `providerWrapper(props)`, once its status is `status`. */
export async function sessionHookWhen(
  status: 'authenticated' | 'unauthenticated',
  props: Partial<SessionProviderProps> = {},
) {
  const { wrapper, queryClient } = providerWrapper(props);
  const { result } = renderHook(() => useSession(), { wrapper });
  await waitFor(() => expect(result.current.status).toBe(status));
  return { result, queryClient, wrapper };
}

/**
 * A small stateful session API: who is signed in, and every request seen (`"GET /app/session"`).
 * Tests that need exotic answers add their own handlers with `server.use`.
 */
export function sessionApi(
  server: SetupServer,
  initial: 'signed-in' | 'signed-out' = 'signed-out',
) {
  const state = { signedIn: initial === 'signed-in', requests: [] as string[] };
  const current = () => HttpResponse.json(state.signedIn ? signedInBody : signedOutBody);
  const count = (request: Request) =>
    state.requests.push(`${request.method} ${new URL(request.url).pathname}`);
  server.use(
    http.get(`${apiUrl}/app/session`, ({ request }) => (count(request), current())),
    http.post(`${apiUrl}/app/login`, async ({ request }) => {
      count(request);
      const { username } = (await request.json()) as { username: string };
      if (username === 'multi') return HttpResponse.json(selectAccountBody);
      state.signedIn = true;
      return current();
    }),
    http.post(`${apiUrl}/app/login-account`, ({ request }) => {
      count(request);
      state.signedIn = true;
      return current();
    }),
    http.get(`${apiUrl}/app/logout`, ({ request }) => {
      count(request);
      state.signedIn = false;
      return current();
    }),
  );
  return {
    state,
    count: (line: string) => state.requests.filter((request) => request === line).length,
  };
}
