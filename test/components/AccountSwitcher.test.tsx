import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AccountSwitcher, createSessionKeys, useSession } from '../../src';
import { apiUrl, renderSignedOut, renderWithSession, signedInBackend } from '../support/render';
import { setUpServer } from '../support/server';

const server = setUpServer();

const acme = 'acc_1000000001';
const globex = 'acc_1000000002';

function AccountName() {
  const title = useSession((session) => session.account?.title);
  return <p data-testid="account">{title}</p>;
}

describe('AccountSwitcher', () => {
  it('renders nothing while signed out', async () => {
    const { container } = await renderSignedOut(server, <AccountSwitcher />);
    expect(container.querySelector('[data-slot=account-switcher]')).toBeNull();
  });

  it('renders nothing for a user with one account', async () => {
    const backend = await signedInBackend(server, 'single');
    const { container } = renderWithSession(<AccountSwitcher />);
    await waitFor(() => expect(backend.state.requests['GET /user/change-account']).toBe(1));
    await waitFor(() => expect(container.querySelector('[data-slot=account-switcher]')).toBeNull());
  });

  it('is a menu button showing the current account; the menu checks it and takes focus', async () => {
    await signedInBackend(server, 'multi', { accountId: acme });
    const { user } = renderWithSession(<AccountSwitcher />);
    const trigger = await screen.findByRole('button', { name: 'Account: Acme Corp' });
    expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument(); // hidden
    await user.click(trigger);
    const menu = screen.getByRole('menu', { name: 'Switch account' });
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const items = within(menu).getAllByRole('menuitemradio');
    expect(items.map((item) => item.textContent)).toEqual([
      'Acme Corp (current)',
      'Globex',
      'Initech Research & Development Division, Northern Region',
    ]);
    expect(items[0]).toHaveAttribute('aria-checked', 'true');
    await waitFor(() => expect(items[0]).toHaveFocus());
  });

  it('keyboard: ArrowDown opens, arrows/Home/End move, Escape closes back to the button', async () => {
    await signedInBackend(server, 'multi', { accountId: acme });
    const { user } = renderWithSession(<AccountSwitcher />);
    const trigger = await screen.findByRole('button', { name: 'Account: Acme Corp' });
    trigger.focus();
    await user.keyboard('{ArrowDown}');
    const items = within(screen.getByRole('menu')).getAllByRole('menuitemradio');
    await waitFor(() => expect(items[0]).toHaveFocus());
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[2]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus(); // wraps
    await user.keyboard('{Home}{ArrowUp}');
    expect(items[2]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it('picking an account switches at once: the new session everywhere, scoped data dropped, announced', async () => {
    const backend = await signedInBackend(server, 'multi', { accountId: acme });
    const onSuccess = vi.fn();
    const onValueChange = vi.fn();
    const { user, queryClient } = renderWithSession(
      <>
        <AccountName />
        <AccountSwitcher onSuccess={onSuccess} onValueChange={onValueChange} />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: 'Account: Acme Corp' }));
    expect(screen.getByTestId('account')).toHaveTextContent('Acme Corp');
    const keys = createSessionKeys(apiUrl);
    const scoped = [...keys.account('usr_1000000002', acme), 'invoices'];
    queryClient.setQueryData(scoped, ['invoice of Acme']);

    await user.keyboard('{ArrowDown}{Enter}');

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onValueChange).toHaveBeenCalledWith(globex);
    expect(screen.getByTestId('account')).toHaveTextContent('Globex');
    const trigger = screen.getByRole('button', { name: 'Account: Globex' });
    await waitFor(() => expect(trigger).toHaveFocus()); // back on the button, not <body>
    expect(screen.getByText('Switched to Globex.')).toHaveAttribute('role', 'status');
    // Announced without leaving a line behind in the header.
    expect(screen.getByText('Switched to Globex.')).toHaveStyle({ position: 'absolute' });
    expect(queryClient.getQueryData(scoped)).toBeUndefined();
    expect(backend.state.accountId).toBe(globex);
    expect(backend.state.requests['POST /user/change-account']).toBe(1);
  });

  it('picking the current account sends nothing', async () => {
    const backend = await signedInBackend(server, 'multi', { accountId: acme });
    const { user } = renderWithSession(<AccountSwitcher />);
    await user.click(await screen.findByRole('button', { name: 'Account: Acme Corp' }));
    await user.click(screen.getByRole('menuitemradio', { name: 'Acme Corp (current)' }));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(backend.state.requests['POST /user/change-account']).toBeUndefined();
  });

  it('a press outside closes the menu', async () => {
    await signedInBackend(server, 'multi', { accountId: acme });
    const { user } = renderWithSession(
      <>
        <AccountSwitcher />
        <p>Elsewhere</p>
      </>,
    );
    await user.click(await screen.findByRole('button', { name: 'Account: Acme Corp' }));
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(screen.getByText('Elsewhere'));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('shows a failed switch in an alert', async () => {
    const backend = await signedInBackend(server, 'multi', { accountId: acme });
    const { user } = renderWithSession(<AccountSwitcher />);
    await user.click(await screen.findByRole('button', { name: 'Account: Acme Corp' }));
    backend.setFault({
      type: 'error',
      status: 500,
      message: 'The account service is down.',
      times: 1,
    });
    await user.click(screen.getByRole('menuitemradio', { name: 'Globex' }));
    expect(await screen.findByText('The account service is down.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The account service is down.');
    expect(screen.getByRole('form', { name: 'Switch account' })).toHaveAttribute(
      'data-state',
      'error',
    );
    expect(screen.getByRole('button', { name: 'Account: Acme Corp' })).toBeInTheDocument();
  });
});
