import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { LoginForm, SessionError, useSession } from 'react-session-kit';
import {
  ActiveSessions,
  decodeJwtClaims,
  useRevokeSession,
  useSessionToken,
} from 'react-session-kit/sessions';
import {
  createTestSession,
  MockSessionProvider,
  renderWithSession,
} from 'react-session-kit/testing';
import { jwtWithSid } from '../server/plainData';
import { expectNoNetworkInEachTest } from '../support/noNetwork';

expectNoNetworkInEachTest();

function UserName() {
  return <p>{useSession((session) => session.user?.name) ?? 'nobody'}</p>;
}

it('keeps each provider to its own session, in one QueryClient', () => {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MockSessionProvider session={createTestSession({ user: { name: 'Ada' } })}>
        <UserName />
      </MockSessionProvider>
      <MockSessionProvider session="restricted">
        <UserName />
      </MockSessionProvider>
    </QueryClientProvider>,
  );
  expect(screen.getByText('Ada')).toBeVisible();
  expect(screen.getByText('Riley Restricted')).toBeVisible();
});

it("uses the app's QueryClient, like SessionProvider", () => {
  const queryClient = new QueryClient();
  function Probe() {
    return <p>{useQueryClient() === queryClient ? "the app's client" : 'another client'}</p>;
  }
  render(
    <QueryClientProvider client={queryClient}>
      <MockSessionProvider>
        <Probe />
      </MockSessionProvider>
    </QueryClientProvider>,
  );
  expect(screen.getByText("the app's client")).toBeVisible();
});

it('takes labels, and status="loading" never ends', async () => {
  renderWithSession(<LoginForm />, { session: 'signedOut', labels: { logIn: 'Entrar' } });
  expect(await screen.findByRole('button', { name: 'Entrar' })).toBeVisible();
  render(
    <MockSessionProvider status="loading">
      <UserName />
    </MockSessionProvider>,
  );
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.getByText('nobody')).toBeVisible();
});

it('a handler may refuse a revoke; signing this device out logs out', async () => {
  const user = userEvent.setup();
  const revokeSession = vi.fn((id: string) => {
    if (id.endsWith('_windows'))
      throw new SessionError({ kind: 'forbidden', message: 'Not that one.' });
  });
  function Page() {
    const { status } = useSession();
    const revoke = useRevokeSession();
    if (status !== 'authenticated') return <p>{status}</p>;
    return (
      <>
        <ActiveSessions />
        <button onClick={() => revoke.mutate('sess_this_device')}>Sign this device out</button>
      </>
    );
  }
  renderWithSession(<Page />, { handlers: { revokeSession } });
  await user.click(await screen.findByRole('button', { name: /^Sign out of Firefox/ }));
  await user.click(await screen.findByRole('button', { name: 'Sign out' }));
  expect(await screen.findByText(/Not that one\./)).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Sign this device out' }));
  expect(await screen.findByText('unauthenticated')).toBeVisible();
  expect(revokeSession).toHaveBeenLastCalledWith('sess_this_device');
});

it('mints template tokens for this session', async () => {
  function Token() {
    const { token } = useSessionToken('supabase');
    return <p>{(token && decodeJwtClaims(token)?.sid) ?? 'none yet'}</p>;
  }
  renderWithSession(<Token />);
  expect(await screen.findByText('sess_this_device')).toBeVisible();
});

it("keeps a bearer test session's own JWT, refresh after refresh; without one the page has none", async () => {
  const user = userEvent.setup();
  function Jwt() {
    const { refresh } = useSession();
    const jwt = useSession((session) => session.jwt);
    const sessionId = useSession((session) => session.sessionId);
    return (
      <>
        <p>
          {jwt ?? 'no jwt'} / {sessionId}
        </p>
        <button onClick={() => void refresh()}>Refresh</button>
      </>
    );
  }
  const jwt = jwtWithSid('sess_bearer');
  const bearer = renderWithSession(<Jwt />, { session: createTestSession({ jwt }) });
  expect(screen.getByText(`${jwt} / sess_bearer`)).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Refresh' }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.getByText(`${jwt} / sess_bearer`)).toBeVisible();
  bearer.unmount();

  renderWithSession(<Jwt />);
  await user.click(screen.getByRole('button', { name: 'Refresh' }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.getByText('no jwt / sess_this_device')).toBeVisible();
});
