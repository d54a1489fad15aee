import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LoginFlow } from '../../src';
import { renderWithSession, signedInBackend, startBackend } from '../support/render';
import { setUpServer } from '../support/server';

const server = setUpServer();

/** The live region on <body> that outlives the flow. */
const globalAnnouncer = () => document.querySelector('[data-slot=session-kit-announcer]');

const announcement = (container: HTMLElement) =>
  container.querySelector('[data-slot=login-flow-announcement]');

/** Keyboard only: Tab to the username, type it, Tab to the password, type it, Enter. */
async function logInByKeyboard(user: UserEvent, username: string, password = 'password') {
  await screen.findByRole('form', { name: 'Log in' });
  await user.tab();
  await user.keyboard(username);
  await user.tab();
  await user.keyboard(`${password}{Enter}`);
}

describe('LoginFlow, keyboard only', () => {
  it('says "You are logged in." after it unmounts, and gives focus to the new page', async () => {
    startBackend(server);
    function App() {
      const [page, setPage] = useState<'login' | 'home'>('login');
      return page === 'login' ? (
        <LoginFlow onAuthenticated={() => setPage('home')} />
      ) : (
        <h1>Overview</h1>
      );
    }
    const { user } = renderWithSession(<App />);
    await user.type(await screen.findByLabelText('Username'), 'single');
    await user.type(screen.getByLabelText('Password'), 'password{Enter}');
    const heading = await screen.findByRole('heading', { name: 'Overview' });
    await waitFor(() => expect(heading).toHaveFocus());
    await waitFor(() => expect(globalAnnouncer()).toHaveTextContent('You are logged in.'));
    expect(globalAnnouncer()).toHaveAttribute('aria-live', 'polite');
  });

  it('single-account user: Tab, type, Tab, type, Enter → authenticated', async () => {
    const backend = startBackend(server);
    const onAuthenticated = vi.fn();
    const { user, container } = renderWithSession(<LoginFlow onAuthenticated={onAuthenticated} />);
    await screen.findByRole('form', { name: 'Log in' });
    await user.tab();
    expect(screen.getByLabelText('Username')).toHaveFocus();
    await user.keyboard('single');
    await user.tab();
    expect(screen.getByLabelText('Password')).toHaveFocus();
    await user.keyboard('password{Enter}');
    await waitFor(() => expect(onAuthenticated).toHaveBeenCalledTimes(1));
    expect(onAuthenticated.mock.calls[0]?.[0]).toMatchObject({ account: { title: 'Acme Corp' } });
    const flow = container.querySelector('[data-slot=login-flow]');
    expect(flow).toHaveAttribute('data-state', 'done');
    expect(flow).not.toBeVisible(); // no empty card while the app moves on
    await waitFor(() => expect(globalAnnouncer()).toHaveTextContent('You are logged in.'));
    expect(backend.state.requests).toMatchObject({ 'POST /app/login': 1 });
    expect(backend.state.requests['POST /app/login-account']).toBeUndefined();
  });

  it('multi-account user: the choice gets focus and is announced; Tab, Enter continues with last_login', async () => {
    const backend = startBackend(server);
    const onAuthenticated = vi.fn();
    const { user, container } = renderWithSession(<LoginFlow onAuthenticated={onAuthenticated} />);
    await logInByKeyboard(user, 'multi');

    // Focus lands on the chosen radio (the last-used account), where Tab would land.
    const lastUsed = await screen.findByRole('radio', { name: 'Globex Last used' });
    await waitFor(() => expect(lastUsed).toHaveFocus());
    expect(lastUsed).toBeChecked();
    expect(screen.getByRole('form', { name: 'Choose an account' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Choose an account' })).toBeInTheDocument();
    expect(announcement(container)).toHaveTextContent('Choose an account');
    expect(screen.queryByRole('form', { name: 'Log in' })).not.toBeInTheDocument();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onAuthenticated).toHaveBeenCalledTimes(1));
    expect(onAuthenticated.mock.calls[0]?.[0]).toMatchObject({ account: { title: 'Globex' } });
    expect(backend.state.requests).toMatchObject({
      'POST /app/login': 1,
      'POST /app/login-account': 1,
    });
  });

  it('multi-account user picks another account', async () => {
    startBackend(server);
    const onAuthenticated = vi.fn();
    const { user } = renderWithSession(<LoginFlow onAuthenticated={onAuthenticated} />);
    await logInByKeyboard(user, 'multi');
    await user.click(
      await screen.findByRole('radio', {
        name: 'Initech Research & Development Division, Northern Region',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onAuthenticated).toHaveBeenCalledTimes(1));
    expect(onAuthenticated.mock.calls[0]?.[0]).toMatchObject({ account: { id: 'acc_1000000003' } });
  });

  it.each([
    { who: 'multi', account: 'Globex', accountPosts: 1 }, // last_login posted back
    { who: 'single', account: 'Acme Corp', accountPosts: undefined }, // signed in directly
  ] as const)(
    '$who-account user with autoSelectAccount: no choice shown, in $account',
    async ({ who, account, accountPosts }) => {
      const backend = startBackend(server);
      const onAuthenticated = vi.fn();
      const { user } = renderWithSession(
        <LoginFlow autoSelectAccount onAuthenticated={onAuthenticated} />,
      );
      await logInByKeyboard(user, who);
      await waitFor(() => expect(onAuthenticated).toHaveBeenCalledTimes(1));
      expect(onAuthenticated.mock.calls[0]?.[0]).toMatchObject({ account: { title: account } });
      expect(screen.queryByRole('radio')).not.toBeInTheDocument();
      expect(backend.state.requests['POST /app/login']).toBe(1);
      expect(backend.state.requests['POST /app/login-account']).toBe(accountPosts);
    },
  );

  it('a wrong password keeps the login step and shows the alert', async () => {
    startBackend(server);
    const onAuthenticated = vi.fn();
    const { user } = renderWithSession(<LoginFlow onAuthenticated={onAuthenticated} />);
    await logInByKeyboard(user, 'multi', 'nope');
    expect(await screen.findByText('Invalid username or password.')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(onAuthenticated).not.toHaveBeenCalled();
  });

  it('"Use a different account" from the account choice logs out and returns to the login form with focus', async () => {
    const backend = startBackend(server);
    const { user, container } = renderWithSession(<LoginFlow />);
    await logInByKeyboard(user, 'multi');
    await screen.findByRole('group', { name: 'Account' });
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Use a different account' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Username')).toHaveFocus());
    expect(announcement(container)).toHaveTextContent('Log in');
    expect(backend.state.stage).toBe('signed_out');
  });

  it('resumes at the account choice after a reload in the middle of it', async () => {
    await signedInBackend(server, 'multi');
    const { container } = renderWithSession(<LoginFlow />);
    expect(screen.getByText('Loading…')).toHaveAttribute('role', 'status');
    expect(await screen.findByRole('radio', { name: 'Globex Last used' })).toBeChecked();
    expect(container.querySelector('[data-slot=login-flow]')).toHaveAttribute(
      'data-state',
      'select-account',
    );
  });
});
