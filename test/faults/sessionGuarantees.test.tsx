// The session guarantees of the engine, as fault scenarios: only the server ends a session (answers
// that are not a session keep it), one API one session, a bounded Retry-After, no JWT in reach of
// scripts in cookie mode, cross-tab messages and stored snapshots as data rather than trust, and a
// ceiling on answer size. Each asserts what the user sees and what is stored.
import { QueryClient, dehydrate } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getResponse, http, HttpResponse } from 'msw';
import { describe, expect } from 'vitest';
import { AlertBanner, SessionProvider } from '../../src';
import { createMockBackend } from '../../src/mock';
import { storedKeyOf } from '../fixtures/wire';
import {
  apiUrl,
  App,
  expectLoginForm,
  expectSignedIn,
  expectStoredUser,
  issuedTokens,
  logIn,
  renderApp,
  scenario,
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
const sessionUrl = `${apiUrl}/app/session`;
const namespace = `react-session-kit:${apiUrl}`;

/** The next session refresh gets `reply` (once); the retry reaches the mock backend again. */
function answerNextRefreshWith(reply: () => Response) {
  server.use(http.get(sessionUrl, reply, { once: true }));
}

const notASession: [string, () => Response][] = [
  ['{}', () => HttpResponse.json({})],
  ['{"auth":true}', () => HttpResponse.json({ auth: true })],
  ['{"success":true}', () => HttpResponse.json({ success: true })],
  [
    'auth:true with an empty account',
    () =>
      HttpResponse.json({
        auth: true,
        account: {},
        user: { id: 'usr_x', name: 'Nobody' },
        access: {},
        alerts: [],
      }),
  ],
  ['an HTML page', () => HttpResponse.html('<!doctype html><title>Sign in</title>')],
  [
    'over maxAnswerBytes, refused before parsing',
    () => HttpResponse.json({ auth: true, padding: 'x'.repeat(1_100_000) }),
  ],
  [
    'a redirect to another origin answering auth:false',
    () =>
      new Response(null, { status: 302, headers: { Location: 'https://sso.elsewhere.test/app' } }),
  ],
];

describe('only the server ends a session', () => {
  for (const [name, reply] of notASession) {
    scenario(
      `a 200 refresh answer that is not a session (${name}) keeps the user signed in, stored, and is retried`,
      async () => {
        const backend = useBackend(server);
        const { user } = await signIn();
        server.use(
          http.get('https://sso.elsewhere.test/app', () => HttpResponse.json({ auth: false })),
        );
        answerNextRefreshWith(reply);
        const before = sessionRequests(backend);
        await user.click(screen.getByRole('button', { name: 'Refresh' }));
        await until(() => sessionRequests(backend) === before + 1, 4000); // the retry
        await act(() => wait(50));
        expect(screen.getByText(signedInText(users.single))).toBeInTheDocument();
        expect(screen.queryByRole('form', { name: 'Log in' })).toBeNull();
        expectStoredUser(users.single);
      },
    );
  }
});

describe('bounded retries', () => {
  scenario(
    'a 503 with Retry-After of a day waits only maxRetryAfter before the session is revalidated',
    async () => {
      const backend = useBackend(server);
      const user = userEvent.setup();
      render(
        <SessionProvider apiUrl={apiUrl} queryClient={new QueryClient()} maxRetryAfter={1000}>
          <App />
        </SessionProvider>,
      );
      await logIn(user, users.single);
      await expectSignedIn(users.single);
      answerNextRefreshWith(
        () =>
          new Response(JSON.stringify({ error: { message: 'Down for maintenance' } }), {
            status: 503,
            headers: {
              'Content-Type': 'application/json',
              'Retry-After': '86400',
              'Access-Control-Expose-Headers': 'Retry-After',
            },
          }),
      );
      const before = sessionRequests(backend);
      await user.click(screen.getByRole('button', { name: 'Refresh' }));
      await until(() => sessionRequests(backend) === before + 1, 3000);
      expect(screen.getByText(signedInText(users.single))).toBeInTheDocument();
    },
  );
});

describe('one API, one session', () => {
  scenario(
    'two providers for two APIs on one page: a login in one is not the other, and its sign-out ends nothing',
    async () => {
      const otherApi = 'https://api-two.faults.test';
      const first = createMockBackend({ apiUrl, users: Object.values(users) });
      const second = createMockBackend({ apiUrl: otherApi, users: Object.values(users) });
      server.resetHandlers(...first.handlers, ...second.handlers);
      const user = userEvent.setup();
      render(
        <>
          <section aria-label="First app">
            <SessionProvider apiUrl={apiUrl} queryClient={new QueryClient()}>
              <App />
            </SessionProvider>
          </section>
          <section aria-label="Second app">
            <SessionProvider apiUrl={otherApi} queryClient={new QueryClient()}>
              <App />
            </SessionProvider>
          </section>
        </>,
      );
      const firstApp = within(screen.getByRole('region', { name: 'First app' }));
      const secondApp = within(screen.getByRole('region', { name: 'Second app' }));
      await user.type(await firstApp.findByLabelText('Username'), users.single.username);
      await user.type(firstApp.getByLabelText('Password'), users.single.password);
      await user.click(firstApp.getByRole('button', { name: 'Log in' }));
      expect(await firstApp.findByText(signedInText(users.single))).toBeInTheDocument();

      await user.click(secondApp.getByRole('button', { name: 'Refresh' }));
      await act(() => wait(100));
      expect(secondApp.getByRole('form', { name: 'Log in' })).toBeInTheDocument();
      expect(secondApp.queryByText(signedInText(users.single))).toBeNull();
      expect(firstApp.getByText(signedInText(users.single))).toBeInTheDocument();
      expect(localStorage.getItem(storedKeyOf(otherApi))).toBeNull(); // nothing adopted
      expectStoredUser(users.single);
    },
  );
});

describe('cookie mode keeps no JWT', () => {
  scenario(
    'a JWT in the session body (seed 000) reaches neither the cache, dehydrate(), storage nor other tabs',
    async () => {
      const backend = useBackend(server);
      const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzaWQiOiJzZXNzX2Nvb2tpZSJ9.c2lnbmF0dXJlLWNvb2tpZQ';
      issuedTokens.add(jwt);
      server.use(
        http.get(sessionUrl, async ({ request }) => {
          const real = await getResponse(backend.handlers, request);
          if (!real) return HttpResponse.error();
          const body = (await real.json()) as Record<string, unknown>;
          return HttpResponse.json(body['auth'] === true ? { ...body, jwt } : body, {
            status: real.status,
          });
        }),
      );
      const messages: string[] = [];
      const otherTab = new BroadcastChannel(namespace);
      otherTab.onmessage = (event: MessageEvent) => messages.push(JSON.stringify(event.data));
      try {
        const { user, queryClient } = renderApp();
        await logIn(user, users.single);
        await expectSignedIn(users.single);
        await user.click(screen.getByRole('button', { name: 'Refresh' }));
        await until(() => messages.length >= 2, 3000);
        const places = {
          cache: JSON.stringify(
            queryClient
              .getQueryCache()
              .getAll()
              .map((q) => q.state.data),
          ),
          dehydrated: JSON.stringify(dehydrate(queryClient)),
          storage: JSON.stringify({ ...localStorage }),
          channel: messages.join('\n'),
        };
        for (const [place, text] of Object.entries(places))
          expect(text.includes(jwt), `JWT in ${place}`).toBe(false);
        expect(places.cache).toContain('sess_cookie'); // the session id is kept: "This device"
      } finally {
        otherTab.close();
      }
    },
  );
});

describe('cross-tab messages are data, not trust', () => {
  scenario(
    'a malformed, future-dated or other-API message is ignored; a well-formed current one applies',
    async () => {
      useBackend(server);
      await signIn();
      const stored = storedSession();
      if (!stored) throw new Error('nothing stored after login');
      const renamed = { ...stored.session, user: { ...stored.session.user, name: 'Mallory' } };
      const forger = new BroadcastChannel(namespace);
      const send = (message: object) =>
        forger.postMessage({ type: 'react-session-kit/session', source: 'forger', ...message });
      try {
        send({ api: apiUrl, at: Date.now(), session: { status: 'unauthenticated' } });
        send({ api: apiUrl, at: Date.now() + 3_600_000, session: renamed });
        send({ api: 'https://api-two.faults.test', at: Date.now(), session: renamed });
        await act(() => wait(100));
        expect(screen.getByText(signedInText(users.single))).toBeInTheDocument();

        send({ api: apiUrl, at: Date.now(), session: renamed }); // the control: a real tab's message
        await until(() => screen.queryByText(/Signed in as Mallory/) !== null);
      } finally {
        forger.close();
      }
    },
  );
});

describe('stored snapshots expire', () => {
  for (const [age, shown] of [
    ['a day', true],
    ['eight days', false],
  ] as const) {
    scenario(
      `a snapshot ${age} old while the API is offline: ${shown ? 'shown' : 'never shown'}`,
      async () => {
        const backend = useBackend(server);
        const { unmount } = await signIn();
        unmount();
        const stored = storedSession();
        if (!stored) throw new Error('nothing stored after login');
        const days = age === 'a day' ? 1 : 8;
        const savedAt = Date.now() - days * 24 * 60 * 60_000;
        localStorage.setItem(storedKeyOf(apiUrl), JSON.stringify({ ...stored, savedAt }));
        backend.setFault({ type: 'offline', only: ['/app/session'] });
        renderApp();
        await act(() => wait(100));
        expect(screen.queryByText(signedInText(users.single)) !== null).toBe(shown);
        if (!shown) expect(storedSession()).toBeNull(); // discarded, not kept for later
      },
    );
  }
});

describe('a logout leaves nothing of the user', () => {
  scenario("the user's dismissed alerts leave storage with the session", async () => {
    useBackend(server);
    const user = userEvent.setup();
    render(
      <SessionProvider apiUrl={apiUrl} queryClient={new QueryClient()}>
        <AlertBanner />
        <App />
      </SessionProvider>,
    );
    await logIn(user, users.single);
    await expectSignedIn(users.single);
    await user.click(await screen.findByRole('button', { name: 'Dismiss: Welcome' }));
    const storage = () =>
      Object.entries({ ...localStorage })
        .filter(([key]) => key.startsWith('react-session-kit'))
        .join('\n');
    expect(storage()).toContain('welcome'); // kept across reloads while signed in
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    await expectLoginForm();
    expect(storage()).not.toContain('welcome');
    expect(storage()).not.toContain(users.single.profile.id);
  });
});
