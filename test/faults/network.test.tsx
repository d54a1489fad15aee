// Network faults, each asserting what the user sees and what is stored: offline at start (with and
// without a stored session), a timeout then recovery, 500s then recovery.
// (Offline during a refresh, and a failed refresh keeping the session, are in test/react.)
import { onlineManager } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect } from 'vitest';
import { createSessionClient } from '../../src';
import {
  apiUrl,
  expectLoginForm,
  expectSignedIn,
  expectSignedInWithoutError,
  expectStoredUser,
  logIn,
  logInDespite,
  renderApp,
  scenario,
  sessionError,
  sessionRequests,
  setUpFaults,
  signedInText,
  signIn,
  storedSession,
  until,
  useBackend,
  users,
  wait,
} from './harness';

afterEach(() => onlineManager.setOnline(true));
const server = setUpFaults(import.meta.url);

/**
 * Logs `single` in through the UI and unmounts: the session is stored, the server (`backend`,
 * returned) keeps it.
 */
async function signInThenClose(backend: ReturnType<typeof useBackend>) {
  const { unmount } = await signIn();
  unmount();
  expectStoredUser(users.single);
  expect(backend.state.stage).toBe('signed_in');
  return backend;
}

describe('offline at start', () => {
  scenario(
    'with a stored session: signed in on the first frame, no error, storage kept; back online → revalidated',
    async () => {
      const backend = await signInThenClose(useBackend(server));
      const before = sessionRequests(backend);
      backend.setFault({ type: 'offline' });
      onlineManager.setOnline(false); // what the browser's `offline` event does
      renderApp();
      // The first render, before any effect or request: already the stored session.
      expect(screen.getByText(signedInText(users.single))).toBeInTheDocument();
      expect(screen.queryByRole('form', { name: 'Log in' })).toBeNull();
      await wait(300);
      expect(sessionRequests(backend)).toBe(before); // paused while offline, no failing requests
      expect(sessionError()).toBe('');
      expectStoredUser(users.single);

      backend.setFault(null);
      act(() => void window.dispatchEvent(new Event('online')));
      await until(() => sessionRequests(backend) === before + 1);
      expectSignedInWithoutError(users.single);
    },
  );

  scenario(
    'server unreachable and nothing stored: loading, then the login form with the network message; login works once it is back',
    async () => {
      const backend = useBackend(server);
      backend.setFault({ type: 'offline' });
      const { user } = renderApp();
      expect(screen.getByRole('status')).toHaveTextContent('Loading the session…');
      // The first try and three retries, 1 s, 2 s and 4 s apart.
      await expectLoginForm(10_000);
      expect(sessionRequests(backend)).toBe(4);
      expect(sessionError()).toBe(
        'Could not reach the server. Check your connection and try again.',
      );
      expect(storedSession()).toBeNull();

      backend.setFault(null);
      await logIn(user, users.single);
      await expectSignedIn(users.single);
      expectStoredUser(users.single);
    },
    { timeout: 15_000 },
  );
});

/** A client that gives up on an answer after 300 ms. */
const impatientClient = () => createSessionClient({ apiUrl, timeoutMs: 300 });

describe('timeout', () => {
  scenario(
    'a login that times out says so, signs nobody in here, and the next attempt works',
    async () => {
      const backend = useBackend(server);
      const fault = { type: 'slow', ms: 1000, only: ['/app/login'], times: 1 } as const;
      const { user } = await logInDespite(backend, fault, { client: impatientClient() });
      expect(
        await screen.findByText('The server took too long to answer. Please try again.'),
      ).toBeInTheDocument();
      expect(screen.queryByText(signedInText(users.single))).toBeNull();
      expect(storedSession()).toBeNull();

      await user.click(screen.getByRole('button', { name: 'Log in' }));
      await expectSignedIn(users.single);
      expect(backend.state.requests['POST /app/login']).toBe(2);
    },
  );

  scenario(
    'a refresh that times out is retried; the session stays on screen throughout',
    async () => {
      const backend = useBackend(server);
      const { user } = await signIn(users.single, { client: impatientClient() });
      const before = sessionRequests(backend);
      backend.setFault({ type: 'slow', ms: 1500, only: ['/app/session'], times: 1 });
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      await wait(500); // timed out, waiting to retry
      expectSignedInWithoutError(users.single);
      await until(() => sessionRequests(backend) === before + 2, 3000);
      await wait(50);
      expectSignedInWithoutError(users.single);
      expectStoredUser(users.single);
    },
  );
});

describe('500s then recovery', () => {
  scenario(
    'two 500s on the session at start: the stored session shows, retries back off, then it is fresh',
    async () => {
      const backend = await signInThenClose(useBackend(server));
      const savedAt = storedSession()?.savedAt ?? 0;
      const before = sessionRequests(backend);
      backend.setFault({ type: 'error', status: 500, only: ['/app/session'], times: 2 });
      const started = Date.now();
      renderApp();
      expect(screen.getByText(signedInText(users.single))).toBeInTheDocument();
      await until(() => sessionRequests(backend) === before + 3, 5000);
      expect(Date.now() - started).toBeGreaterThanOrEqual(2900); // 1 s, then 2 s
      await until(() => (storedSession()?.savedAt ?? 0) > savedAt, 5000); // loaded CI: be patient
      expectSignedInWithoutError(users.single);
    },
  );

  scenario('a 500 on login shows the server message; the user tries again and is in', async () => {
    const backend = useBackend(server);
    const { user } = await logInDespite(backend, {
      type: 'error',
      status: 500,
      only: ['/app/login'],
      times: 1,
    });
    expect(await screen.findByText('Something went wrong. Please try again.')).toBeInTheDocument();
    expect(storedSession()).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await expectSignedIn(users.single);
    expect(backend.state.requests['POST /app/login']).toBe(2); // never retried by itself
  });
});
