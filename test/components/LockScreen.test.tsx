import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LockScreen, useLockScreen, useSession } from '../../src';
import { renderWithSession, signedInBackend } from '../support/render';
import { setUpServer } from '../support/server';

const server = setUpServer();

/** An app with a lock button: the lock screen replaces the page while locked. */
function App(props: Parameters<typeof LockScreen>[0]) {
  const { lock } = useLockScreen();
  const status = useSession((session) => session.status);
  if (status === 'locked') return <LockScreen {...props} />;
  return (
    <>
      <h1>Overview</h1>
      {status === 'authenticated' ? (
        <button type="button" onClick={() => lock.mutate()}>
          Lock screen
        </button>
      ) : null}
    </>
  );
}

const announcer = () => document.querySelector('[data-slot=session-kit-announcer]');

describe('LockScreen', () => {
  it('renders nothing unless the session is locked', async () => {
    await signedInBackend(server, 'single');
    renderWithSession(<LockScreen />);
    await waitFor(() => expect(screen.getByRole('main')).toBeEmptyDOMElement());
  });

  it('shows who is locked, focuses the password, unlocks, announces it and focuses the page', async () => {
    const backend = await signedInBackend(server, 'single');
    const onUnlock = vi.fn();
    const { user } = renderWithSession(<App onUnlock={onUnlock} />);
    await user.click(await screen.findByRole('button', { name: 'Lock screen' }));

    const form = await screen.findByRole('form', { name: 'Screen locked' });
    expect(form).toHaveTextContent('Sam Single · Acme Corp');
    const password = screen.getByLabelText('Password');
    await waitFor(() => expect(password).toHaveFocus());
    expect(backend.state.stage).toBe('locked');

    await user.keyboard('wrong{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The password is incorrect.');
    expect(screen.getByRole('alert')).toHaveAttribute('data-tone', 'danger');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('The password is incorrect.');
    expect(password).toHaveValue(''); // never kept
    expect(password).toHaveFocus();

    await user.keyboard('password{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Overview' });
    expect(onUnlock).toHaveBeenCalledWith(expect.objectContaining({ status: 'authenticated' }));
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(announcer()).toHaveTextContent('Unlocked.'));
    expect(backend.state.stage).toBe('signed_in');
  });

  it('an empty password asks for one without a request', async () => {
    const backend = await signedInBackend(server, 'single');
    const { user } = renderWithSession(<App />);
    await user.click(await screen.findByRole('button', { name: 'Lock screen' }));
    await user.click(await screen.findByRole('button', { name: 'Unlock' }));
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(backend.state.requests['POST /user/lock-screen']).toBeUndefined();
  });

  it('"Not you? Log out" logs out and calls onLogout', async () => {
    const backend = await signedInBackend(server, 'single');
    const onLogout = vi.fn();
    const { user } = renderWithSession(<App onLogout={onLogout} />);
    await user.click(await screen.findByRole('button', { name: 'Lock screen' }));
    await user.click(await screen.findByRole('button', { name: 'Not you? Log out' }));
    await waitFor(() => expect(onLogout).toHaveBeenCalledTimes(1));
    expect(backend.state.stage).toBe('signed_out');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Overview' })).toHaveFocus());
  });

  it('takes labels and replaced parts', async () => {
    await signedInBackend(server, 'single');
    const { user } = renderWithSession(
      <App
        labels={{ unlock: 'Entsperren' }}
        render={{ button: (props) => <button {...props} className="ds-button" /> }}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Lock screen' }));
    expect(await screen.findByRole('button', { name: 'Entsperren' })).toHaveClass('ds-button');
  });
});
