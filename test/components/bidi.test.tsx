// Server (and app) strings inside Arabic labels: each sits in its own <bdi>, so a Latin name keeps
// its order and punctuation in the right-to-left sentence (not ".Welcome…", "Corp Acme").
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AccessDenied, AccountSelect, AccountSwitcher, LoginForm, type Labels } from '../../src';
import { renderWithSession, signedInBackend, startBackend } from '../support/render';
import { setUpServer } from '../support/server';

const server = setUpServer();

const arabic = {
  locale: 'ar',
  loginTitle: (app) => `تسجيل الدخول إلى ${app}`,
  signedInAs: (name) => `مسجّل الدخول باسم ${name}`,
  currentAccount: (title) => `${title} (الحالي)`,
  accessDenied: (what) => `ليس لديك وصول إلى ${what ?? 'هذه الصفحة'}`,
} satisfies Partial<Labels>;

/** The text of each `<bdi>` in `element`. */
const isolated = (element: HTMLElement) =>
  [...element.querySelectorAll('bdi')].map((bdi) => bdi.textContent);

describe('server strings in labels are bidi-isolated', () => {
  it("LoginForm: the app's title in its heading", async () => {
    startBackend(server);
    renderWithSession(
      <div dir="rtl">
        <LoginForm />
      </div>,
      { labels: arabic },
    );
    const heading = await screen.findByRole('heading', { name: 'تسجيل الدخول إلى Demo App' });
    expect(isolated(heading)).toEqual(['Demo App']);
  });

  it('AccountSelect: the user\'s name in "signed in as"', async () => {
    await signedInBackend(server, 'multi');
    renderWithSession(<AccountSelect />, { labels: arabic });
    const who = await screen.findByText(/^مسجّل الدخول باسم/);
    expect(who).toHaveTextContent('مسجّل الدخول باسم Morgan Multi');
    expect(isolated(who)).toEqual(['Morgan Multi']);
  });

  it("AccountSwitcher: the current account's title in its menu item", async () => {
    await signedInBackend(server, 'multi', { accountId: 'acc_1000000001' });
    const { user } = renderWithSession(<AccountSwitcher />, { labels: arabic });
    await user.click(await screen.findByRole('button', { name: /Acme Corp/ }));
    const current = within(screen.getByRole('menu')).getByRole('menuitemradio', { checked: true });
    expect(current).toHaveTextContent('Acme Corp (الحالي)');
    expect(isolated(current)).toContain('Acme Corp');
  });

  it('AccessDenied: the resource in its heading; the label alone without one', async () => {
    startBackend(server);
    const { rerender } = renderWithSession(<AccessDenied resource="Payment methods" />, {
      labels: arabic,
    });
    const heading = screen.getByRole('heading', { name: 'ليس لديك وصول إلى Payment methods' });
    expect(isolated(heading)).toEqual(['Payment methods']);
    rerender(<AccessDenied labels={arabic} />);
    expect(
      screen.getByRole('heading', { name: 'ليس لديك وصول إلى هذه الصفحة' }),
    ).toBeInTheDocument();
  });
});
