// Storage faults: foreign data under the kit's key, storage full from the start or mid-session,
// storage blocked; and a bearer JWT the browser cannot send. Each asserts what the user sees
// and what is (or is not) left in storage. (Corrupted JSON is in test/react.)
import { act, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { createSessionClient } from '../../src';
import { signedInBody, storedKeyOf } from '../fixtures/wire';
import {
  apiUrl,
  expectLoginForm,
  expectNoSecrets,
  expectSignedIn,
  expectStoredUser,
  issuedTokens,
  logIn,
  renderApp,
  scenario,
  sessionError,
  setUpFaults,
  storedSession,
  useBackend,
  users,
  wait,
} from './harness';

const server = setUpFaults(import.meta.url);

const key = storedKeyOf(apiUrl);
const logInOnServer = (who: typeof users.single) =>
  fetch(`${apiUrl}/app/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: who.username, password: who.password }),
  });

/** Makes `setItem` of the kit's keys throw QuotaExceededError while `full()` says so. */
function fillStorage(full: () => boolean) {
  const setItem = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
    this: Storage,
    name: string,
    value: string,
  ) {
    if (full() && name.startsWith('react-session-kit'))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, name, value);
  });
}

describe('foreign storage', () => {
  scenario(
    "another version's record, or another app's, under the kit's key: not shown, replaced; other keys untouched",
    async () => {
      useBackend(server);
      await logInOnServer(users.single);
      const foreign = JSON.stringify({
        v: 3,
        savedAt: Date.now(),
        session: { status: 'authenticated', user: { name: 'Mallory' } },
      });
      localStorage.setItem(key, foreign);
      localStorage.setItem('other-app:session', '{"user":"someone else"}');
      renderApp();
      expect(screen.getByRole('status')).toHaveTextContent('Loading the session…');
      expect(screen.queryByText(/Mallory/)).toBeNull();
      await expectSignedIn(users.single);
      expect(storedSession()?.v).toBe(2);
      expectStoredUser(users.single);
      expect(localStorage.getItem('other-app:session')).toBe('{"user":"someone else"}');
    },
  );
});

describe('full storage', () => {
  scenario(
    'full from the start: login works, nothing is stored; a reload asks the server',
    async () => {
      useBackend(server);
      fillStorage(() => true);
      const first = renderApp();
      await logIn(first.user, users.single);
      await expectSignedIn(users.single);
      expect(localStorage.getItem(key)).toBeNull();
      first.unmount();

      renderApp(); // the reload: nothing stored, so loading, then the server's answer
      expect(screen.getByRole('status')).toHaveTextContent('Loading the session…');
      await expectSignedIn(users.single);
      expect(sessionError()).toBe('');
    },
  );

  scenario(
    'full in mid-session: the switch shows, and after logout no session is left in storage',
    async () => {
      useBackend(server);
      let full = false;
      fillStorage(() => full);
      const { user, unmount } = renderApp();
      await logIn(user, users.multi);
      await user.click(await screen.findByRole('button', { name: 'Continue' }));
      await expectSignedIn(users.multi, 'Globex');
      expect(storedSession()?.session.status).toBe('authenticated');

      full = true;
      await user.click(await screen.findByRole('button', { name: /^Account: / }));
      await user.click(screen.getByRole('menuitemradio', { name: 'Acme Corp' }));
      await expectSignedIn(users.multi, 'Acme Corp');
      await user.click(screen.getByRole('button', { name: 'Log out' }));
      await expectLoginForm();
      // A shared computer: the next person must not find Morgan's session in storage.
      expect(localStorage.getItem(key)).toBeNull();
      unmount();
      renderApp();
      expect(screen.queryByText(/Signed in as/)).toBeNull();
      await expectLoginForm();
    },
  );
});

describe('blocked storage', () => {
  scenario(
    'localStorage throws SecurityError: login works in memory; a reload asks the server',
    async () => {
      // The browser's cookie jar outlives the reload (the same client, so the same jar).
      const client = createSessionClient({ apiUrl, fetch: useBackend(server).fetch });
      const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      const first = renderApp({ client });
      await logIn(first.user, users.single);
      await expectSignedIn(users.single);
      first.unmount();
      renderApp({ client });
      await expectSignedIn(users.single);
      expect(sessionError()).toBe('');
      blocked.mockRestore();
      expect(localStorage.getItem(key)).toBeNull();
    },
  );
});

describe('bearer JWT', () => {
  scenario(
    'a server jwt that cannot be a header value does not break the next requests (nor after a reload)',
    async () => {
      let signedIn = false;
      const body = () => ({ ...signedInBody, jwt: signedIn ? 'tok😀en\nX-Injected: 1' : '' });
      server.resetHandlers(
        http.get(`${apiUrl}/app/session`, () =>
          HttpResponse.json(
            signedIn ? body() : { auth: false, app: signedInBody.app, account: {}, user: {} },
          ),
        ),
        http.post(`${apiUrl}/app/login`, () => {
          signedIn = true;
          return HttpResponse.json(body());
        }),
        http.get(`${apiUrl}/app/logout`, () => {
          signedIn = false;
          return HttpResponse.json({ auth: false, app: signedInBody.app, account: {}, user: {} });
        }),
      );
      const bearer = () =>
        createSessionClient({ apiUrl, jwtTransport: 'bearer', appKey: 'pk_test' });
      const first = renderApp({ client: bearer() });
      await expectLoginForm();
      await logIn(first.user, { ...users.single, username: 'demo' });
      await expectSignedIn(
        { ...users.single, profile: { ...users.single.profile, name: 'Demo User' } },
        'Acme Corp',
      );
      await first.user.click(screen.getByRole('button', { name: 'Refresh' }));
      await act(() => wait(100));
      expect(sessionError()).toBe('');
      first.unmount();

      const second = renderApp({ client: bearer() }); // the reload: the stored jwt is read back
      expect(screen.getByText('Signed in as Demo User in Acme Corp')).toBeInTheDocument();
      await act(() => wait(100));
      expect(sessionError()).toBe('');
      await second.user.click(screen.getByRole('button', { name: 'Log out' }));
      await expectLoginForm();
    },
    { bearer: true },
  );
});

describe('the secrets check itself', () => {
  it('finds a planted password and a planted JWT', () => {
    issuedTokens.add('eyJplanted.token.here');
    localStorage.setItem('planted', `${users.single.password} eyJplanted.token.here`);
    expect(() => expectNoSecrets({ count: false })).toThrow();
    localStorage.removeItem('planted');
    console.info('debug', { password: users.multi.password });
    expect(() => expectNoSecrets({ count: false })).toThrow();
  });
});
