// A Server Component's session, through the RSC boundary (JSON-like), as <SessionProvider
// initialSession>: the server HTML is signed in, hydration matches it, and nothing is fetched.
import { screen } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { SessionProvider, useAccess, useSession } from '../../src';
import { memoryStorage } from '../../src/core/storage';
import { fetchSession, type Session } from '../../src/server';
import { apiUrl, signedInBody } from '../fixtures/wire';
import { jwtWithSid } from './plainData';
import { hydrate, unmountHydratedAfterEach } from '../support/hydrate';
import { setUpServer } from '../support/server';

const server = setUpServer();

unmountHydratedAfterEach();

function Page() {
  const { status, session } = useSession();
  const canPay = useAccess('payments:r');
  if (status !== 'authenticated') return <p>{status}</p>;
  return (
    <p>{`${session.user.name ?? ''} ${canPay ? 'can pay' : 'cannot pay'} on ${session.sessionId ?? ''}`}</p>
  );
}

const app = (initialSession: Session) => (
  <SessionProvider
    apiUrl={apiUrl}
    initialSession={initialSession}
    storage={memoryStorage()}
    queryClient={new QueryClient()}
  >
    <Page />
  </SessionProvider>
);

it.each([
  ['JSON', (session: Session) => JSON.parse(JSON.stringify(session)) as Session],
  ['structuredClone', (session: Session) => structuredClone(session)],
])('renders a session that went through %s, signed in from the server HTML on', async (_, copy) => {
  let requests = 0;
  server.use(
    http.get(`${apiUrl}/app/session`, () => {
      requests += 1;
      return HttpResponse.json({ ...signedInBody, jwt: jwtWithSid('sess_7') });
    }),
  );
  const session = await fetchSession({ apiUrl, headers: { cookie: 'BackstackJWT=x' } });
  expect(requests).toBe(1);

  const html = renderToString(app(copy(session)));
  expect(html).toContain('Demo User can pay on sess_7');
  const { recoverable } = await hydrate(html, app(copy(session)));
  expect(screen.getByText('Demo User can pay on sess_7')).toBeInTheDocument();
  expect(recoverable).not.toHaveBeenCalled();
  expect(requests).toBe(1); // fresh: no refetch on mount
});
