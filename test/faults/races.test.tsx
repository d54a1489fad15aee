// Races: a slow refresh answering after a logout and a login as another user, a login while a
// refresh is in flight, and a double submit through the whole login flow.
// (A slow refresh racing a bare logout, and double submits of each form, are in test/react and
// test/components.)
import { act, screen } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect } from 'vitest';
import {
  apiUrl,
  expectLoginForm,
  expectSignedIn,
  expectStoredUser,
  logIn,
  renderApp,
  scenario,
  setUpFaults,
  signedInText,
  signIn,
  storedSession,
  useBackend,
  users,
  wait,
} from './harness';

const server = setUpFaults(import.meta.url);

/** The next GET /app/session answers `body`, but only when `release()` is called. */
function holdNextSession(body: JsonBodyType) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let arrived = false;
  server.use(
    http.get(
      `${apiUrl}/app/session`,
      async () => {
        arrived = true;
        await gate;
        return HttpResponse.json(body);
      },
      { once: true },
    ),
  );
  return { release, arrived: () => arrived };
}

const currentBody = async () =>
  (await fetch(`${apiUrl}/app/session`)).json() as Promise<JsonBodyType>;

describe('slow refresh', () => {
  scenario('answering after a logout and a login as another user: the new user stays', async () => {
    const backend = useBackend(server);
    const { user } = await signIn();
    const held = holdNextSession(await currentBody()); // Sam's session, as the server said it then

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(held.arrived()).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    await expectLoginForm();
    await logIn(user, users.restricted);
    await expectSignedIn(users.restricted);

    held.release();
    await act(() => wait(200));
    expect(screen.getByText(signedInText(users.restricted))).toBeInTheDocument();
    expect(screen.queryByText(signedInText(users.single))).toBeNull();
    expectStoredUser(users.restricted);
    expect(backend.state.username).toBe('restricted');
  });

  scenario(
    'answering "signed out" after a login made meanwhile: the user stays signed in',
    async () => {
      const backend = useBackend(server);
      const { user } = renderApp();
      await expectLoginForm();
      const held = holdNextSession(await currentBody()); // the signed-out app session

      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      expect(held.arrived()).toBe(true);
      await logIn(user, users.single);
      await expectSignedIn(users.single);

      held.release();
      await act(() => wait(200));
      expect(screen.getByText(signedInText(users.single))).toBeInTheDocument();
      expectStoredUser(users.single);
      expect(backend.state.stage).toBe('signed_in');
    },
  );
});

describe('double submit', () => {
  scenario(
    'a double click through the login flow with the choice skipped: one login, one account selection',
    async () => {
      const backend = useBackend(server);
      const { user } = renderApp({ autoSelectAccount: true });
      await logIn(user, users.multi, { submit: 'double-click' });
      await expectSignedIn(users.multi, 'Globex');
      await act(() => wait(200));
      expect(backend.state.requests['POST /app/login']).toBe(1);
      expect(backend.state.requests['POST /app/login-account']).toBe(1);
      expect(storedSession()?.session.status).toBe('authenticated');
    },
  );
});
