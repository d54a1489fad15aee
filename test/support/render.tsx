// Rendering in jsdom: the mock backend behind MSW, and a provider on a fresh QueryClient
// (retry: false) with memory storage.
import type { ReactNode } from 'react';
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SetupServerApi } from 'msw/node';
import { expect } from 'vitest';
import { SessionProvider, sessionAnswerSchema, type Labels, type Session } from '../../src';
import type { MockBackendOptions } from '../../src/mock';
import { startMockBackend } from './mockBackend';
import { testProviderProps } from './provider';

export const apiUrl = 'https://api.example.test';

/** A fresh mock backend whose handlers take over `server`. */
export const startBackend = (
  server: Pick<SetupServerApi, 'use'>,
  options: MockBackendOptions = {},
) => startMockBackend(server, { apiUrl, ...options });

export interface RenderOptions {
  labels?: Partial<Labels>;
  initialSession?: Session;
}

/** Renders `ui` inside a SessionProvider (fresh QueryClient, memory storage, no polling). */
export function renderWithSession(ui: ReactNode, options: RenderOptions = {}) {
  const props = testProviderProps();
  const user = userEvent.setup();
  const result = render(
    <SessionProvider
      apiUrl={apiUrl}
      {...props}
      labels={options.labels}
      initialSession={options.initialSession}
    >
      <main>{ui}</main>
    </SessionProvider>,
  );
  return { ...result, user, queryClient: props.queryClient };
}

type MockUsername = 'single' | 'multi' | 'restricted';

/** `renderWithSession` for a visitor nobody signed in, once the session's answer has come. */
export async function renderSignedOut(server: Pick<SetupServerApi, 'use'>, ui: ReactNode) {
  const backend = startBackend(server);
  const view = renderWithSession(ui);
  await waitFor(() => expect(backend.state.requests['GET /app/session']).toBe(1));
  return view;
}

/** Logs `username` in on the backend directly (no UI), so a test can start signed in. */
export async function signIn(username: MockUsername, accountId?: string) {
  const post = (path: string, body: unknown) =>
    fetch(`${apiUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  await post('/app/login', { username, password: 'password' });
  if (accountId) await post('/app/login-account', { account_id: accountId });
}

/** A fresh mock backend (see `startBackend`) with `username` already logged in (and in `accountId`). */
export async function signedInBackend(
  server: Pick<SetupServerApi, 'use'>,
  username: MockUsername,
  options: MockBackendOptions & { accountId?: string } = {},
) {
  const { accountId, ...backendOptions } = options;
  const backend = startBackend(server, backendOptions);
  await signIn(username, accountId);
  return backend;
}

/** A `Session` from a wire-format answer, for `initialSession`. */
export function sessionFromWire(body: unknown): Session {
  return sessionAnswerSchema.parse(body);
}

/** A signed-in wire answer; override any part. */
export function signedInWire(overrides: Record<string, unknown> = {}) {
  return {
    auth: true,
    app: {
      id: 'app_1',
      title: 'Demo App',
      reset_url: 'https://demo.app/reset',
      allow_signup: false,
    },
    account: { id: 'acc_1', title: 'Acme Corp' },
    user: { id: 'usr_1', name: 'Dana Demo', username: 'dana', avatar: '', avatar_color: '#1f6feb' },
    access: { reports: 'r', payments: 'crud' },
    alerts: [],
    ...overrides,
  };
}
