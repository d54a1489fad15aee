// Server refusals in the middle of a session: a 401 (one request, then silence) and a 429 whose
// Retry-After is honoured, on a refresh and on a login.
import { act, screen, within } from '@testing-library/react';
import { describe, expect } from 'vitest';
import {
  expectLoginForm,
  expectSignedIn,
  expectSignedInWithoutError,
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

const server = setUpFaults(import.meta.url);

const total = (requests: Readonly<Record<string, number>>) =>
  Object.values(requests).reduce((sum, count) => sum + count, 0);

describe('401 in mid-session', () => {
  scenario(
    'the next refresh signs out: the login form says the session ended, storage cleared, one request, then silence',
    async () => {
      const backend = useBackend(server);
      const { user } = renderApp();
      await logIn(user, users.multi);
      await user.click(await screen.findByRole('button', { name: 'Continue' }));
      await expectSignedIn(users.multi, 'Globex');
      expect(storedSession()?.session.status).toBe('authenticated');

      backend.setFault({ type: 'expired' }); // the server ended the session; every later call gets 401
      const before = { ...backend.state.requests };
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      await expectLoginForm();
      expect(screen.queryByText(signedInText(users.multi, 'Globex'))).toBeNull();
      expect(sessionError()).toBe(''); // a 401 is an answer, not a failure to show
      expect(
        within(screen.getByRole('form', { name: 'Log in' })).getByRole('status'),
      ).toHaveTextContent('Your session has ended.');
      expect(storedSession()).toBeNull();

      // Focus, visibility and time: nothing asks again.
      for (let round = 0; round < 3; round += 1) {
        act(() => {
          window.dispatchEvent(new Event('focus'));
          document.dispatchEvent(new Event('visibilitychange'));
        });
        await act(() => wait(400));
      }
      const after = backend.state.requests;
      expect(after['GET /app/session']).toBe((before['GET /app/session'] ?? 0) + 1);
      expect(total(after)).toBe(total(before) + 1);
      await expectLoginForm();
    },
  );
});

describe('the session-ended notice', () => {
  scenario('is gone once the user logs in again, and never follows a logout', async () => {
    const backend = useBackend(server);
    const { user } = await signIn();
    backend.setFault({ type: 'expired', times: 1 });
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await expectLoginForm();
    expect(
      within(screen.getByRole('form', { name: 'Log in' })).getByRole('status'),
    ).toHaveTextContent('Your session has ended.');

    await logIn(user, users.single);
    await expectSignedIn(users.single);
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    await expectLoginForm();
    expect(screen.queryByText(/Your session has ended/)).toBeNull();
  });

  scenario('is shown when a refresh finds the user signed out without a 401', async () => {
    const backend = useBackend(server);
    const { user } = await signIn();
    backend.reset(); // the server forgot the session: GET /app/session answers "signed out"
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await expectLoginForm();
    expect(
      within(screen.getByRole('form', { name: 'Log in' })).getByRole('status'),
    ).toHaveTextContent('Your session has ended.');
  });

  scenario('is not shown to a visitor whose first session request is answered 401', async () => {
    const backend = useBackend(server);
    backend.setFault({ type: 'expired' });
    renderApp();
    await expectLoginForm();
    expect(sessionRequests(backend)).toBe(1);
    expect(screen.queryByText(/Your session has ended/)).toBeNull();
  });
});

describe('429 with Retry-After', () => {
  scenario(
    'a refresh answered 429 (Retry-After: 2) is retried after 2 s, not before; the session stays',
    async () => {
      const backend = useBackend(server);
      const { user } = await signIn();
      const before = sessionRequests(backend);
      backend.setFault({ type: 'rate_limited', retryAfter: 2, only: ['/app/session'], times: 1 });
      const clicked = Date.now();
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      await act(() => wait(1500));
      expect(sessionRequests(backend)).toBe(before + 1);
      expectSignedInWithoutError(users.single);
      await until(() => sessionRequests(backend) === before + 2, 2000);
      expect(Date.now() - clicked).toBeGreaterThanOrEqual(2000);
      await wait(50);
      expectSignedInWithoutError(users.single);
    },
  );

  scenario('a login answered 429 shows the wait and is never retried by itself', async () => {
    const backend = useBackend(server);
    await logInDespite(backend, {
      type: 'rate_limited',
      retryAfter: 3,
      only: ['/app/login'],
      times: 1,
    });
    expect(
      await screen.findByText('Too many requests. Try again in 3 seconds.'),
    ).toBeInTheDocument();
    await act(() => wait(1000));
    expect(backend.state.requests['POST /app/login']).toBe(1);
    expect(backend.state.stage).toBe('signed_out');
    expect(storedSession()).toBeNull();
  });
});
