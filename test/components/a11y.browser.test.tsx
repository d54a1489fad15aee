// axe-core in real Chromium, light and dark theme and forced colours, for every component in every
// state.
import type { ReactNode } from 'react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  AccountSelect,
  AccountSwitcher,
  AlertBanner,
  AccessDenied,
  LockScreen,
  LoginFlow,
  LoginForm,
  RequireAccess,
  UserAvatar,
  sessionAnswerSchema,
} from '../../src';
import {
  apiUrl,
  expectNoAxeViolations,
  mockApi,
  renderPage,
  renderSignedIn,
} from '../support/browser';
import { errorAnswer } from '../fixtures/errors';

const form = (name: string) => page.getByRole('form', { name });

/** `ui` while the session request hangs (with `username` signed in first): `text` shows, no violations. */
async function expectNoViolationsWhileLoading(ui: ReactNode, text: string, username?: string) {
  const api = mockApi();
  if (username) await api.signIn(username);
  api.backend.setFault({ type: 'slow', ms: 5_000, only: ['/app/session'] });
  await renderPage(api, ui);
  await expect.element(page.getByText(text)).toBeVisible();
  await expectNoAxeViolations();
}

describe('axe: LoginForm', () => {
  it('idle, with the reset and sign-up links', async () => {
    const api = mockApi();
    await renderPage(api, <LoginForm />);
    await expect.element(page.getByRole('link', { name: 'Sign up' })).toBeVisible();
    await expectNoAxeViolations();
  });

  it('client-side field errors', async () => {
    const api = mockApi();
    await renderPage(api, <LoginForm />);
    await userEvent.click(page.getByRole('button', { name: 'Log in' }));
    await expect.element(page.getByText('Enter your username.')).toBeVisible();
    await expectNoAxeViolations();
  });

  it('server error message and server field error', async () => {
    const api = mockApi({}, [
      http.post(`${apiUrl}/app/login`, () =>
        errorAnswer(422, 'Check the form.', { password: 'Too many attempts with this password.' }),
      ),
    ]);
    await renderPage(api, <LoginForm />);
    await userEvent.fill(page.getByLabelText('Username'), 'single');
    await userEvent.fill(page.getByLabelText('Password'), 'password');
    await userEvent.click(page.getByRole('button', { name: 'Log in' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent('Check the form.');
    await expectNoAxeViolations();
  });

  it('pending', async () => {
    const api = mockApi({ latency: 5_000 });
    await renderPage(api, <LoginForm defaultUsername="single" />);
    await userEvent.fill(page.getByLabelText('Password'), 'password');
    await userEvent.click(page.getByRole('button', { name: 'Log in' }));
    await expect
      .element(page.getByRole('button', { name: 'Logging in…' }))
      .toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations();
  });
});

describe('axe: AccountSelect', () => {
  it('loading', () =>
    expectNoViolationsWhileLoading(<AccountSelect />, 'Loading accounts…', 'multi'));

  it('idle with the accounts', async () => {
    await renderSignedIn('multi', <AccountSelect />);
    await expect.element(page.getByRole('radio', { name: 'Globex Last used' })).toBeChecked();
    await expectNoAxeViolations();
  });

  it('server field error', async () => {
    const api = mockApi({}, [
      http.post(`${apiUrl}/app/login-account`, () =>
        errorAnswer(400, 'Choose one of your accounts.', { account_id: 'That account is closed.' }),
      ),
    ]);
    await api.signIn('multi');
    await renderPage(api, <AccountSelect />);
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    await expect.element(page.getByText('That account is closed.')).toBeVisible();
    await expectNoAxeViolations();
  });

  it('accounts could not be loaded', async () => {
    const api = mockApi();
    await renderPage(api, <AccountSelect />);
    await expect.element(page.getByRole('alert')).toHaveTextContent('Please log in to continue.');
    await expectNoAxeViolations();
  });

  it('no accounts', async () => {
    const api = mockApi({}, [
      http.get(`${apiUrl}/app/session`, () =>
        HttpResponse.json({
          auth: { select_account: { accounts: {}, last_login: '' } },
          app: { id: 'app_1' },
          user: { id: 'usr_1' },
        }),
      ),
    ]);
    await api.signIn('multi');
    await renderPage(api, <AccountSelect />);
    await expect.element(page.getByText('There are no accounts to choose from.')).toBeVisible();
    await expectNoAxeViolations();
  });

  it('pending', async () => {
    const api = await renderSignedIn('multi', <AccountSelect />);
    await expect.element(page.getByRole('group', { name: 'Account' })).toBeVisible();
    api.backend.setFault({ type: 'slow', ms: 5_000 });
    await userEvent.click(page.getByRole('button', { name: 'Continue' }));
    await expect
      .element(page.getByRole('button', { name: 'Continuing…' }))
      .toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations();
  });
});

describe('axe: LoginFlow', () => {
  it('loading', () => expectNoViolationsWhileLoading(<LoginFlow />, 'Loading…'));

  it('login step', async () => {
    const api = mockApi();
    await renderPage(api, <LoginFlow />);
    await expect.element(form('Log in')).toBeVisible();
    await expectNoAxeViolations();
  });

  it('account step, after login', async () => {
    const api = mockApi();
    await renderPage(api, <LoginFlow />);
    await userEvent.fill(page.getByLabelText('Username'), 'multi');
    await userEvent.fill(page.getByLabelText('Password'), 'password');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('radio', { name: 'Globex Last used' })).toHaveFocus();
    await expectNoAxeViolations();
  });

  it('done', async () => {
    const api = mockApi();
    await renderPage(api, <LoginFlow />);
    await userEvent.fill(page.getByLabelText('Username'), 'single');
    await userEvent.fill(page.getByLabelText('Password'), 'password');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('You are logged in.')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});

describe('axe: AccountSwitcher', () => {
  const trigger = () => page.getByRole('button', { name: 'Account: Acme Corp' });

  it('closed, and open', async () => {
    await renderSignedIn('multi', <AccountSwitcher />, 'acc_1000000001');
    await expect.element(trigger()).toBeVisible();
    await expectNoAxeViolations();
    await userEvent.click(trigger());
    await expect
      .element(page.getByRole('menuitemradio', { name: 'Acme Corp (current)' }))
      .toHaveFocus();
    await expectNoAxeViolations();
  });

  it('switched', async () => {
    await renderSignedIn('multi', <AccountSwitcher />, 'acc_1000000001');
    await userEvent.click(trigger());
    await userEvent.click(page.getByRole('menuitemradio', { name: 'Globex' }));
    await expect.element(page.getByText('Switched to Globex.')).toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Account: Globex' })).toHaveFocus();
    await expectNoAxeViolations();
  });

  it('failed', async () => {
    const api = await renderSignedIn('multi', <AccountSwitcher />, 'acc_1000000001');
    await userEvent.click(trigger());
    api.backend.setFault({
      type: 'error',
      status: 500,
      message: 'The account service is down.',
      times: 1,
    });
    await userEvent.click(page.getByRole('menuitemradio', { name: 'Globex' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent('The account service is down.');
    await expectNoAxeViolations();
  });
});

describe('axe: AlertBanner', () => {
  it('alerts of every priority, a link, and the "more" count', async () => {
    const api = mockApi();
    const alert = (id: string, priority: number, href = '') => ({
      id,
      title: `Alert ${id}`,
      text: `What alert ${id} says.`,
      href,
      priority,
      timestamp: 1727348860,
    });
    const session = sessionAnswerSchema.parse({
      auth: true,
      app: { id: 'app_1' },
      account: { id: 'acc_1', title: 'Acme' },
      user: { id: 'usr_1', name: 'Dana Demo' },
      access: {},
      alerts: [
        alert('a', 1, '/billing'),
        alert('b', 2),
        alert('c', 3, 'https://example.com/news'),
        alert('d', 3),
      ],
    });
    await renderPage(api, <AlertBanner />, { initialSession: session });
    await expect.element(page.getByRole('region', { name: 'Alerts' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Show 1 more alert' })).toBeVisible();
    await expectNoAxeViolations();
  });
});

describe('axe: RequireAccess', () => {
  const gate = (
    <RequireAccess
      access="account-users:r"
      loading={<p>Checking access…</p>}
      fallback={<p>You cannot see this.</p>}
    >
      <p>The user list.</p>
    </RequireAccess>
  );

  it('loading', () => expectNoViolationsWhileLoading(gate, 'Checking access…'));

  it('denied', async () => {
    const api = mockApi();
    await renderPage(api, gate);
    await expect.element(page.getByText('You cannot see this.')).toBeVisible();
    await expectNoAxeViolations();
  });

  it('allowed', async () => {
    await renderSignedIn('single', gate);
    await expect.element(page.getByText('The user list.')).toBeVisible();
    await expectNoAxeViolations();
  });
});

describe('axe: AccessDenied', () => {
  it('the default fallback of a gate, and with "Switch account"', async () => {
    await renderSignedIn(
      'restricted',
      <>
        <RequireAccess access="account-users:r">
          <p>The user list.</p>
        </RequireAccess>
        <AccessDenied resource="Payment methods" onSwitchAccount={() => {}} />
      </>,
    );
    await expect
      .element(page.getByRole('heading', { name: "You don't have access to this page" }))
      .toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Switch account' })).toBeVisible();
    await expectNoAxeViolations();
  });
});

describe('axe: LockScreen', () => {
  it('locked, then a wrong password', async () => {
    const api = mockApi();
    await api.signIn('single');
    await api.client.lockScreen(); // as this user: the mock answers only the user's token
    await renderPage(api, <LockScreen />);
    await expect.element(page.getByLabelText('Password')).toHaveFocus();
    await expectNoAxeViolations();
    await userEvent.keyboard('wrong{Enter}');
    await expect.element(page.getByRole('alert')).toHaveTextContent('The password is incorrect.');
    await expectNoAxeViolations();
  });
});

describe('axe: UserAvatar', () => {
  it('image, initials, named', async () => {
    await renderSignedIn(
      'single',
      <p>
        <UserAvatar /> Sam Single ·{' '}
        <UserAvatar user={{ name: 'Morgan Multi', avatar_color: '#1f6feb' }} /> Morgan Multi ·{' '}
        <UserAvatar
          user={{ name: 'Riley Restricted', avatar_color: '#2e7d32' }}
          alt="Riley Restricted"
        />
      </p>,
    );
    await expect.element(page.getByRole('img', { name: 'Riley Restricted' })).toBeVisible();
    await expect.poll(() => document.querySelector('[data-slot=user-avatar-image]')).not.toBeNull();
    await expectNoAxeViolations();
  });
});
