// The login flows in real Chromium, driven by the keyboard alone, and the one-request guarantees.
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { AccountSelect, AlertBanner, LoginFlow, LoginForm, RequireAccess } from '../../src';
import { mockApi, renderPage } from '../support/browser';

const announcement = () => document.querySelector('[data-slot=login-flow-announcement]');
const announcer = () => document.querySelector('[data-slot=session-kit-announcer]');

async function typeCredentials(username: string, password: string) {
  await userEvent.tab();
  await expect.element(page.getByLabelText('Username')).toHaveFocus();
  await userEvent.keyboard(username);
  await userEvent.tab();
  await expect.element(page.getByLabelText('Password')).toHaveFocus();
  await userEvent.keyboard(password);
  await userEvent.keyboard('{Enter}');
}

/** A LoginFlow (with `autoSelectAccount` if asked) on a fresh mock, `username` logged in by keyboard. */
async function logInThroughFlow(username: string, autoSelectAccount = false) {
  const api = mockApi();
  const onAuthenticated = vi.fn();
  await renderPage(
    api,
    <LoginFlow autoSelectAccount={autoSelectAccount} onAuthenticated={onAuthenticated} />,
  );
  await expect.element(page.getByRole('form', { name: 'Log in' })).toBeVisible();
  await typeCredentials(username, 'password');
  return { api, onAuthenticated };
}

describe('LoginFlow in Chromium, keyboard only', () => {
  it('single-account user', async () => {
    const { api, onAuthenticated } = await logInThroughFlow('single');
    await expect.poll(() => onAuthenticated.mock.calls.length).toBe(1);
    expect(onAuthenticated.mock.calls[0]?.[0]).toMatchObject({ account: { title: 'Acme Corp' } });
    await expect.poll(() => announcer()?.textContent).toBe('You are logged in.');
    expect(api.backend.state.requests).toEqual({ 'GET /app/session': 1, 'POST /app/login': 1 });
  });

  it('multi-account user: focus lands on the choice, ArrowDown picks another account, Enter continues', async () => {
    const { api, onAuthenticated } = await logInThroughFlow('multi');

    const lastUsed = page.getByRole('radio', { name: 'Globex Last used' });
    await expect.element(lastUsed).toHaveFocus();
    await expect.element(lastUsed).toBeChecked();
    await expect.poll(() => announcement()?.textContent).toBe('Choose an account');
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(page.getByRole('radio', { name: /^Initech Research/ })).toBeChecked();
    await userEvent.tab();
    await expect.element(page.getByRole('button', { name: 'Continue' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    await expect.poll(() => onAuthenticated.mock.calls.length).toBe(1);
    expect(onAuthenticated.mock.calls[0]?.[0]).toMatchObject({ account: { id: 'acc_1000000003' } });
    expect(api.backend.state).toMatchObject({ stage: 'signed_in', accountId: 'acc_1000000003' });
  });

  it.each([
    { who: 'multi', account: 'Globex', accountPosts: 1 }, // straight in with last_login
    { who: 'single', account: 'Acme Corp', accountPosts: undefined },
  ] as const)(
    '$who-account user with autoSelectAccount: no choice shown, in $account',
    async ({ who, account, accountPosts }) => {
      const { api, onAuthenticated } = await logInThroughFlow(who, true);
      await expect.poll(() => onAuthenticated.mock.calls.length).toBe(1);
      expect(onAuthenticated.mock.calls[0]?.[0]).toMatchObject({ account: { title: account } });
      expect(document.querySelector('select')).toBeNull();
      expect(api.backend.state.requests['POST /app/login']).toBe(1);
      expect(api.backend.state.requests['POST /app/login-account']).toBe(accountPosts);
    },
  );

  it('a gate shows the flow to signed-out users and the app once signed in', async () => {
    const api = mockApi();
    await renderPage(
      api,
      <>
        <RequireAccess when="signed-out">
          <LoginFlow />
        </RequireAccess>
        <RequireAccess>
          <p>Welcome in.</p>
          <AlertBanner />
        </RequireAccess>
      </>,
    );
    await expect.element(page.getByRole('form', { name: 'Log in' })).toBeVisible();
    await typeCredentials('single', 'password');
    await expect.element(page.getByText('Welcome in.')).toBeVisible();
    await expect.element(page.getByRole('region', { name: 'Alerts' })).toBeVisible();
    expect(document.querySelector('[data-slot=login-flow]')).toBeNull();
  });
});

/** A LoginForm for `single` with the password typed, on a backend answering after `latency` ms. */
async function loginFormReadyToSubmit(latency: number) {
  const api = mockApi({ latency });
  const onSuccess = vi.fn();
  await renderPage(api, <LoginForm defaultUsername="single" onSuccess={onSuccess} />);
  await userEvent.fill(page.getByLabelText('Password'), 'password');
  return { api, onSuccess };
}

describe('one request per submit, measured in Chromium', () => {
  it('LoginForm: a double click sends one login request', async () => {
    const { api, onSuccess } = await loginFormReadyToSubmit(100);
    await userEvent.dblClick(page.getByRole('button', { name: 'Log in' }));
    await expect.poll(() => onSuccess.mock.calls.length).toBe(1);
    expect(api.backend.state.requests['POST /app/login']).toBe(1);
  });

  it('LoginForm: Enter then click sends one login request', async () => {
    // Long enough for the click to land while the first request runs, even on a loaded machine.
    const { api, onSuccess } = await loginFormReadyToSubmit(1000);
    await userEvent.keyboard('{Enter}');
    // The click lands while the first request runs: the button says so, and keeps its place.
    await userEvent.click(page.getByRole('button', { name: 'Logging in…' }), { force: true });
    await expect.poll(() => onSuccess.mock.calls.length).toBe(1);
    expect(api.backend.state.requests['POST /app/login']).toBe(1);
  });

  it('LoginForm: two submits in the same task send one login request', async () => {
    const { api, onSuccess } = await loginFormReadyToSubmit(100);
    const button = document.querySelector<HTMLButtonElement>('[data-slot=login-form-submit]');
    button?.click();
    button?.click();
    button?.click();
    await expect.poll(() => onSuccess.mock.calls.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(api.backend.state.requests['POST /app/login']).toBe(1);
  });

  it('AccountSelect: a double click sends one request', async () => {
    const api = mockApi({ latency: 100 });
    await api.signIn('multi');
    const onSuccess = vi.fn();
    await renderPage(api, <AccountSelect onSuccess={onSuccess} />);
    await userEvent.dblClick(page.getByRole('button', { name: 'Continue' }));
    await expect.poll(() => onSuccess.mock.calls.length).toBe(1);
    expect(api.backend.state.requests['POST /app/login-account']).toBe(1);
  });
});
