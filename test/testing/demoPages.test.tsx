// The demo's pages under each session preset, tested the way an app team tests its own pages:
// react-session-kit/testing only, no backend, no MSW, no network.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SessionError } from 'react-session-kit';
import { createTestSession, renderWithSession, sessionPresets } from 'react-session-kit/testing';
import { MemoryDemo } from '../../demo/src/MemoryDemo';
import { expectNoNetworkInEachTest } from '../support/noNetwork';

// Every test: whatever was clicked, no request left the page.
expectNoNetworkInEachTest();

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const navLink = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Demo pages' })).getByRole('link', {
    name: new RegExp(`^${name}`),
  });

describe('the demo under each preset', () => {
  it('fullAccess: the overview greets the user and lists the access', async () => {
    renderWithSession(<MemoryDemo path="/" />, { session: 'fullAccess' });
    expect(await heading('Hello, Sam Single')).toBeVisible();
    expect(screen.getByText('Acme Corp', { selector: 'strong' })).toBeVisible();
    const access = screen.getByRole('table');
    expect(within(access).getByText('account-users')).toBeVisible();
    expect(navLink('Users')).toHaveAttribute('data-allowed', 'true');
  });

  it('restricted: the users page is denied, reports are shown', async () => {
    const { unmount } = renderWithSession(<MemoryDemo path="/users" />, { session: 'restricted' });
    expect(await screen.findByRole('heading', { name: 'No access to Users' })).toBeVisible();
    expect(navLink('Users')).toHaveTextContent('Users (no access)');
    unmount();
    renderWithSession(<MemoryDemo path="/reports" />, { session: 'restricted' });
    expect(await heading('Reports')).toBeVisible();
  });

  it('signedOut: a signed-in page sends the visitor to the login form', async () => {
    renderWithSession(<MemoryDemo path="/users" />, { session: 'signedOut' });
    expect(await heading('Log in to the demo')).toBeVisible();
    expect(screen.getByText('/users', { selector: 'code' })).toBeVisible();
    expect(screen.queryByText(/session has ended/)).toBeNull();
  });

  it('sessionEnded: the login form says the session ended', async () => {
    renderWithSession(<MemoryDemo path="/login" />, { session: 'sessionEnded' });
    expect(await screen.findByText(/Your session has ended/)).toBeVisible();
  });

  it('loading: the page waits for the session', async () => {
    renderWithSession(<MemoryDemo path="/" />, { session: 'loading' });
    expect(await screen.findByText('Loading the session…')).toBeVisible();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('selectAccount: choosing an account goes on to the page asked for', async () => {
    const user = userEvent.setup();
    renderWithSession(<MemoryDemo path="/reports" />, { session: 'selectAccount' });
    const lastUsed = sessionPresets.selectAccount.accounts[1]!; // last login: Globex
    expect(await screen.findByRole('radio', { name: new RegExp(lastUsed.title) })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await heading('Reports')).toBeVisible();
    expect(screen.getByText('Globex', { selector: '.demo-user-account' })).toBeVisible();
  });

  it('locked: the unlock form, then the page', async () => {
    const user = userEvent.setup();
    renderWithSession(<MemoryDemo path="/" />, { session: 'locked' });
    expect(await screen.findByRole('heading', { name: 'Screen locked' })).toBeVisible();
    await user.type(screen.getByLabelText('Password'), 'anything');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await heading('Hello, Sam Single')).toBeVisible();
  });
});

describe('clicking through, as against the server', () => {
  it('logs out, logs in again, locks the screen', async () => {
    const user = userEvent.setup();
    renderWithSession(<MemoryDemo path="/" />);
    await user.click(await screen.findByRole('button', { name: /^Sam Single/ })); // the user menu
    await user.click(screen.getByRole('button', { name: 'Log out' }));
    expect(await heading('Log in to the demo')).toBeVisible();
    await user.type(screen.getByLabelText('Username'), 'sam');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await heading('Hello, Sam Single')).toBeVisible();
    await user.click(screen.getByRole('button', { name: /^Sam Single/ }));
    await user.click(screen.getByRole('button', { name: 'Lock screen' }));
    expect(await screen.findByRole('heading', { name: 'Screen locked' })).toBeVisible();
  });

  it('switches account among the accounts given', async () => {
    const user = userEvent.setup();
    renderWithSession(<MemoryDemo path="/" />, {
      session: 'fullAccess',
      accounts: sessionPresets.selectAccount.accounts,
    });
    const switcher = await screen.findByRole('form', { name: 'Switch account' });
    await user.click(within(switcher).getByRole('button', { expanded: false }));
    await user.click(await within(switcher).findByRole('menuitemradio', { name: 'Globex' }));
    expect(await screen.findByText('Globex', { selector: 'strong' })).toBeVisible();
  });

  it('lists the sessions with this device, and signs another one out', async () => {
    const user = userEvent.setup();
    renderWithSession(<MemoryDemo path="/sessions" />);
    expect(await screen.findByText('This device')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Sign out of Safari 17 on iPhone' }));
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByText(/^Signed out of/)).toBeVisible();
  });

  it('calls the handlers, whose SessionError the page shows', async () => {
    const user = userEvent.setup();
    const login = vi.fn(() => {
      throw new SessionError({ kind: 'unauthorized', message: 'Wrong password, says the test.' });
    });
    renderWithSession(<MemoryDemo path="/login" />, { session: 'signedOut', handlers: { login } });
    await user.type(await screen.findByLabelText('Username'), 'sam');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('Wrong password, says the test.')).toBeVisible();
    expect(login).toHaveBeenCalledWith({ username: 'sam', password: 'nope' }, expect.anything());
  });

  it('setSession changes the session mid-test, as a refresh would', async () => {
    const { setSession } = renderWithSession(<MemoryDemo path="/users" />, {
      session: 'restricted',
    });
    expect(await screen.findByRole('heading', { name: 'No access to Users' })).toBeVisible();
    await setSession(createTestSession({ access: { 'account-users': 'r' } }));
    expect(screen.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
    await waitFor(() => expect(screen.queryByText('No access to Users')).toBeNull());
  });
});
