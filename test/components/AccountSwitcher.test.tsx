import { screen, waitFor } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AccountSwitcher, createSessionKeys, useSession } from '../../src';
import { apiUrl, renderWithSession, signIn, useBackend } from './support';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const acme = 'acc_1000000001';
const globex = 'acc_1000000002';

function AccountName() {
  const title = useSession((session) => session.account?.title);
  return <p data-testid="account">{title}</p>;
}

describe('AccountSwitcher', () => {
  it('renders nothing while signed out', async () => {
    const backend = useBackend(server);
    const { container } = renderWithSession(<AccountSwitcher />);
    await waitFor(() => expect(backend.state.requests['GET /app/session']).toBe(1));
    expect(container.querySelector('[data-slot=account-switcher]')).toBeNull();
  });

  it('renders nothing for a user with one account', async () => {
    const backend = useBackend(server);
    await signIn('single');
    const { container } = renderWithSession(<AccountSwitcher />);
    await waitFor(() => expect(backend.state.requests['GET /user/change-account']).toBe(1));
    await waitFor(() => expect(container.querySelector('[data-slot=account-switcher]')).toBeNull());
  });

  it('lists the accounts with the current one marked and the button disabled until another is chosen', async () => {
    useBackend(server);
    await signIn('multi', acme);
    const { user } = renderWithSession(<AccountSwitcher />);
    const select = await screen.findByRole('combobox', { name: 'Account' });
    expect(select).toHaveValue(acme);
    expect(screen.getByRole('option', { name: 'Acme Corp (current)' })).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Switch account' });
    expect(button).toBeDisabled();
    await user.selectOptions(select, globex);
    expect(button).toBeEnabled();
  });

  it('switches: the new session replaces the old everywhere, account-scoped data is dropped', async () => {
    const backend = useBackend(server);
    await signIn('multi', acme);
    const onSuccess = vi.fn();
    const { user, queryClient } = renderWithSession(
      <>
        <AccountName />
        <AccountSwitcher onSuccess={onSuccess} />
      </>,
    );
    const select = await screen.findByRole('combobox', { name: 'Account' });
    expect(screen.getByTestId('account')).toHaveTextContent('Acme Corp');
    const keys = createSessionKeys(apiUrl);
    const scoped = [...keys.account('usr_1000000002', acme), 'invoices'];
    queryClient.setQueryData(scoped, ['invoice of Acme']);

    await user.selectOptions(select, globex);
    await user.click(screen.getByRole('button', { name: 'Switch account' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('account')).toHaveTextContent('Globex');
    expect(screen.getByText('Switched to Globex.')).toHaveAttribute('role', 'status');
    // Announced without leaving a line behind in the header.
    expect(screen.getByText('Switched to Globex.')).toHaveStyle({ position: 'absolute' });
    expect(screen.getByRole('option', { name: 'Globex (current)' })).toBeInTheDocument();
    await waitFor(() => expect(select).toHaveFocus()); // not lost with the now disabled button
    expect(queryClient.getQueryData(scoped)).toBeUndefined();
    expect(backend.state.accountId).toBe(globex);
    expect(backend.state.requests['POST /user/change-account']).toBe(1);
  });

  it('sends one request for a double click', async () => {
    const backend = useBackend(server, { latency: 50 });
    await signIn('multi', acme);
    const onSuccess = vi.fn();
    const { user } = renderWithSession(<AccountSwitcher onSuccess={onSuccess} />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Account' }), globex);
    await user.dblClick(screen.getByRole('button', { name: 'Switch account' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(backend.state.requests['POST /user/change-account']).toBe(1);
  });

  it('shows a failed switch in an alert', async () => {
    const backend = useBackend(server);
    await signIn('multi', acme);
    const { user } = renderWithSession(<AccountSwitcher />);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Account' }), globex);
    backend.setFault({
      type: 'error',
      status: 500,
      message: 'The account service is down.',
      times: 1,
    });
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    expect(await screen.findByText('The account service is down.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The account service is down.');
    expect(screen.getByRole('form', { name: 'Switch account' })).toHaveAttribute(
      'data-state',
      'error',
    );
  });
});
