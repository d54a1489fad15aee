// ActiveSessions in jsdom: the onError contract and where focus goes, against the mock backend.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { SessionError } from '../../src';
import {
  ActiveSessions,
  createDeviceSessionsClient,
  DeviceSessionsProvider,
} from '../../src/sessions';
import { setUpServer } from '../support/server';
import { apiUrl, sessionWrapper, signIn, startBackend } from './harness';

const server = setUpServer();

/** Renders ActiveSessions for a signed-in user, its sign-outs going through `revoke`. */
async function renderSessions(revoke?: (id: string) => Promise<never>) {
  startBackend(server);
  const { client, session } = await signIn('single');
  const sessionsClient = createDeviceSessionsClient({ client });
  const onError = vi.fn();
  const { wrapper } = sessionWrapper({ client, initialSession: session });
  const user = userEvent.setup();
  const view = render(
    <DeviceSessionsProvider client={revoke ? { ...sessionsClient, revoke } : sessionsClient}>
      <ActiveSessions onError={onError} />
    </DeviceSessionsProvider>,
    { wrapper },
  );
  return { ...view, onError, user };
}

/** Signs the first other session out through its confirmation. */
async function revokeFirst(user: ReturnType<typeof userEvent.setup>) {
  const [button] = await screen.findAllByRole('button', { name: /^Sign out of / });
  await user.click(button!);
  const confirm = screen.getByRole('group');
  await user.click(within(confirm).getByRole('button', { name: 'Sign out' }));
}

describe('ActiveSessions onError', () => {
  it('receives a SessionError for a network failure, after the alert shows it', async () => {
    const { onError, user } = await renderSessions();
    server.use(http.post(`${apiUrl}/sessions/:id/revoke`, () => HttpResponse.error()));
    await revokeFirst(user);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const [error] = onError.mock.calls[0]!;
    expect(error).toBeInstanceOf(SessionError);
    expect(error).toMatchObject({ kind: 'network' });
    expect(screen.getByRole('alert')).toHaveTextContent(/^Could not sign out of .+\. Could not/);
  });

  it('receives a SessionError too when a custom client throws something else', async () => {
    const { onError, user } = await renderSessions(() => Promise.reject(new TypeError('boom')));
    await revokeFirst(user);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    const [error] = onError.mock.calls[0]!;
    expect(error).toBeInstanceOf(SessionError);
    expect(error).toMatchObject({ kind: 'http' });
    expect(screen.getByRole('alert')).toHaveTextContent('The request failed.');
  });
});
