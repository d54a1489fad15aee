// Shared setup of the jsdom component tests: the mock backend behind MSW, and a provider on a
// fresh QueryClient (retry: false) with memory storage.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SetupServerApi } from 'msw/node';
import { SessionProvider, sessionAnswerSchema, type Labels, type Session } from '../../src';
import type { MockBackendOptions } from '../../src/mock';
import { startMockBackend } from '../support/mockBackend';
import { testQueryClient } from '../support/queryClient';

export const apiUrl = 'https://api.example.test';

let providers = 0;

/** A fresh mock backend whose handlers take over `server`. */
export const useBackend = (server: Pick<SetupServerApi, 'use'>, options: MockBackendOptions = {}) =>
  startMockBackend(server, { apiUrl, ...options });

export interface RenderOptions {
  labels?: Partial<Labels>;
  initialSession?: Session;
}

/** Renders `ui` inside a SessionProvider (fresh QueryClient, memory storage, no polling). */
export function renderWithSession(ui: ReactNode, options: RenderOptions = {}) {
  const queryClient = testQueryClient();
  providers += 1;
  const user = userEvent.setup();
  const result = render(
    <SessionProvider
      apiUrl={apiUrl}
      queryClient={queryClient}
      storage="memory"
      storageKey={`component-test-${providers}`}
      refetchInterval={false}
      refetchOnWindowFocus={false}
      labels={options.labels}
      initialSession={options.initialSession}
    >
      <main>{ui}</main>
    </SessionProvider>,
  );
  return { ...result, user, queryClient };
}

/** Logs `username` in on the backend directly (no UI), so a test can start signed in. */
export async function signIn(username: 'single' | 'multi' | 'restricted', accountId?: string) {
  const post = (path: string, body: unknown) =>
    fetch(`${apiUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  await post('/app/login', { username, password: 'password' });
  if (accountId) await post('/app/login-account', { account_id: accountId });
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
