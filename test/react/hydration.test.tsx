// Server rendering: the server has no storage, so hydrating its HTML must render what it
// rendered (loading), and the stored session follows right after, without a hydration error.
import { screen, waitFor } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { renderToString } from 'react-dom/server';
import { Suspense, type ReactNode } from 'react';
import { beforeEach, expect, it } from 'vitest';
import { SessionProvider, useAlerts, useSession, type Session } from '../../src';
import { createSessionStore, memoryStorage, type StorageLike } from '../../src/core/storage';
import { sessionAnswerSchema } from '../../src/core/schemas/sessionAnswer';
import { apiUrl, signedInBody } from '../fixtures/wire';
import { hydrate, unmountHydrated, unmountHydratedAfterEach } from '../support/hydrate';
import { setUpServer } from '../support/server';

const server = setUpServer();

unmountHydratedAfterEach();
beforeEach(() => {
  document.body.innerHTML = '';
});

function Greeting() {
  const { status, session } = useSession();
  if (status === 'loading') return <p>Loading…</p>;
  if (status === 'authenticated') return <p>Hello {session.user.name}</p>;
  return <p>Please log in</p>;
}

/** A page of `children` in a provider, to render once on the server and once in the browser. */
const page = (children: ReactNode, initialSession?: Session) => (storage: StorageLike) => (
  <SessionProvider
    apiUrl={apiUrl}
    storage={storage}
    queryClient={new QueryClient()}
    initialSession={initialSession}
  >
    {children}
  </SessionProvider>
);

const app = page(<Greeting />);

/** The signed-in answer with one alert, which `dismissHere` dismisses on this device. */
const withAlert = {
  ...signedInBody,
  alerts: [{ id: 'al_1', title: 'Invoice overdue', text: '', priority: 1 }],
};
const dismissHere = (storage: StorageLike) =>
  storage.setItem(
    `react-session-kit:${apiUrl}:user`,
    JSON.stringify({ 'dismissed-alerts:usr_1': '["al_1"]' }),
  );

it('hydrates server HTML without a mismatch, then shows the stored session before any answer', async () => {
  let requests = 0;
  server.use(
    http.get(`${apiUrl}/app/session`, async () => {
      requests += 1;
      await delay('infinite');
      return HttpResponse.json(signedInBody);
    }),
  );
  const storage = memoryStorage();
  createSessionStore({ apiUrl, storage }).write(
    sessionAnswerSchema.parse(signedInBody),
    Date.now(),
  );

  const html = renderToString(app(memoryStorage())); // the server stores nothing
  expect(html).toContain('Loading…');
  const { recoverable } = await hydrate(html, app(storage));
  expect(await screen.findByText('Hello Demo User')).toBeInTheDocument();
  expect(recoverable).not.toHaveBeenCalled();
  await waitFor(() => expect(requests).toBe(1)); // revalidated, still unanswered
});

function AlertTitles() {
  const { alerts, dismiss } = useAlerts();
  return (
    <ul>
      {alerts.map((alert) => (
        <li key={alert.id}>
          {alert.title} <button onClick={() => dismiss(alert.id)}>Dismiss</button>
        </li>
      ))}
    </ul>
  );
}

it('hydrates an initialSession that went through JSON, with an alert dismissed on this device, without a mismatch', async () => {
  server.use(http.get(`${apiUrl}/app/session`, () => HttpResponse.json(signedInBody)));
  const parsed = sessionAnswerSchema.parse(withAlert);
  const fromServer = JSON.parse(JSON.stringify(parsed)) as unknown as Session;
  const storage = memoryStorage();
  dismissHere(storage);
  const alertsPage = page(
    <>
      <Greeting />
      <AlertTitles />
    </>,
    fromServer,
  );
  const html = renderToString(alertsPage(memoryStorage()));
  expect(html).toContain('Demo User');
  expect(html).toContain('Invoice overdue');
  const { recoverable } = await hydrate(html, alertsPage(storage));
  await waitFor(() => expect(screen.queryByText(/Invoice overdue/)).toBeNull());
  expect(screen.getByText('Hello Demo User')).toBeInTheDocument();
  expect(recoverable).not.toHaveBeenCalled();
});

// Next.js streams each route segment in a Suspense boundary of its own: React hydrates such a
// boundary in a later pass than the provider above it, after the stored session is in place.
it('hydrates a Suspense boundary that React hydrates after the provider, stored session and dismissed alert included, without a mismatch', async () => {
  server.use(
    http.get(`${apiUrl}/app/session`, async () => {
      await delay('infinite');
      return HttpResponse.json(signedInBody);
    }),
  );
  const storage = memoryStorage();
  createSessionStore({ apiUrl, storage }).write(sessionAnswerSchema.parse(withAlert), Date.now());
  dismissHere(storage);
  const fromServer = JSON.parse(JSON.stringify(sessionAnswerSchema.parse(withAlert))) as Session;
  for (const initialSession of [undefined, fromServer]) {
    const streamed = page(
      <Suspense fallback={<p>…</p>}>
        <Greeting />
        <AlertTitles />
      </Suspense>,
      initialSession,
    );
    const { container, recoverable } = await hydrate(
      renderToString(streamed(memoryStorage())),
      streamed(storage),
    );
    await waitFor(() => expect(container.textContent).toContain('Hello Demo User'));
    expect(container.textContent).not.toContain('Invoice overdue');
    expect(recoverable).not.toHaveBeenCalled();
    await unmountHydrated();
    container.remove();
  }
});
