// What every component does the same way (src/components/internal): one onError contract, one
// submit at a time.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  AccountSwitcher,
  LockScreen,
  LoginForm,
  SessionError,
  useLockScreen,
  useSession,
} from '../../src';
import { apiUrl, renderWithSession, signIn, startBackend } from '../support/render';
import { setUpServer } from '../support/server';

const server = setUpServer();

/** The lock screen behind a lock button, as an app has it. */
function LockedApp({ onError }: { onError: (error: SessionError) => void }) {
  const { lock } = useLockScreen();
  const status = useSession((session) => session.status);
  if (status === 'locked') return <LockScreen onError={onError} />;
  return status === 'authenticated' ? (
    <button type="button" onClick={() => lock.mutate()}>
      Lock screen
    </button>
  ) : null;
}

const offline = (path: string) => http.post(`${apiUrl}${path}`, () => HttpResponse.error());

describe('onError', () => {
  it('LoginForm: a SessionError for a network failure', async () => {
    startBackend(server);
    server.use(offline('/app/login'));
    const onError = vi.fn();
    const { user } = renderWithSession(<LoginForm onError={onError} />);
    await user.type(await screen.findByLabelText('Username'), 'single');
    await user.type(screen.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(SessionError);
    expect(onError.mock.calls[0]![0]).toMatchObject({ kind: 'network' });
  });

  it('LockScreen: a SessionError for a network failure', async () => {
    startBackend(server);
    await signIn('single');
    const onError = vi.fn();
    const { user } = renderWithSession(<LockedApp onError={onError} />);
    await user.click(await screen.findByRole('button', { name: 'Lock screen' }));
    await screen.findByRole('form', { name: 'Screen locked' });
    server.use(offline('/user/lock-screen'));
    await user.keyboard('password{Enter}');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(SessionError);
    expect(onError.mock.calls[0]![0]).toMatchObject({ kind: 'network' });
  });

  it('AccountSwitcher: a SessionError for a network failure', async () => {
    startBackend(server);
    await signIn('multi', 'acc_1000000001');
    server.use(offline('/user/change-account'));
    const onError = vi.fn();
    const { user } = renderWithSession(<AccountSwitcher onError={onError} />);
    await user.click(await screen.findByRole('button', { name: 'Account: Acme Corp' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Globex' }));
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(SessionError);
    expect(onError.mock.calls[0]![0]).toMatchObject({ kind: 'network' });
  });
});

describe('one submit at a time', () => {
  it('LockScreen: Enter twice before React re-renders sends one unlock and asks for nothing', async () => {
    const backend = startBackend(server);
    await signIn('single');
    const { user } = renderWithSession(<LockedApp onError={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Lock screen' }));
    const form = await screen.findByRole('form', { name: 'Screen locked' });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'password' } });
    fireEvent.submit(form);
    fireEvent.submit(form);
    expect(screen.queryByText('Enter your password.')).not.toBeInTheDocument();
    await waitFor(() => expect(backend.state.stage).toBe('signed_in'));
    expect(backend.state.requests['POST /user/lock-screen']).toBe(1);
  });
});
