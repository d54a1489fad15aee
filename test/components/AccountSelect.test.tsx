import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AccountSelect } from '../../src';
import {
  apiUrl,
  renderWithSession,
  signedInBackend,
  signIn,
  startBackend,
} from '../support/render';
import { setUpServer } from '../support/server';
import { errorAnswer } from '../fixtures/errors';

const server = setUpServer();

const acme = 'acc_1000000001';
const globex = 'acc_1000000002';

/** The account the radio group has chosen. */
const chosen = () => screen.getByRole<HTMLInputElement>('radio', { checked: true }).value;

describe('AccountSelect', () => {
  it('on its own page: loads, then a titled step with a radio per account, last_login marked and chosen', async () => {
    await signedInBackend(server, 'multi', { latency: 30 });
    const { container } = renderWithSession(<AccountSelect />);
    expect(await screen.findByRole('status')).toHaveTextContent('Loading accounts…');
    expect(container.querySelector('[data-slot=account-select]')).toHaveAttribute(
      'data-state',
      'loading',
    );
    await screen.findByRole('group', { name: 'Account' });
    expect(screen.getByRole('heading', { name: 'Choose an account' })).toBeInTheDocument();
    expect(screen.getByText(/^Signed in as/)).toHaveTextContent('Signed in as Morgan Multi');
    expect(chosen()).toBe(globex);
    expect(screen.getByRole('radio', { name: 'Acme Corp' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Globex Last used' })).toBeChecked();
    expect(
      screen.getByRole('radio', {
        name: 'Initech Research & Development Division, Northern Region',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByRole('form', { name: 'Choose an account' })).toHaveAttribute(
      'data-state',
      'idle',
    );
  });

  it('asks GET /app/login-account when the session does not carry the choices', async () => {
    const backend = await signedInBackend(server, 'multi');
    server.use(
      http.get(`${apiUrl}/app/session`, () =>
        HttpResponse.json({
          auth: false,
          app: { id: 'app_1' },
          user: { id: 'usr_1' },
          account: {},
          access: {},
        }),
      ),
    );
    renderWithSession(<AccountSelect />);
    await screen.findByRole('group', { name: 'Account' });
    expect(chosen()).toBe(globex);
    expect(backend.state.requests['GET /app/login-account']).toBe(1);
  });

  it('sends no extra request when the session carries the choices, nor after the choice is made', async () => {
    const backend = await signedInBackend(server, 'multi');
    const onSuccess = vi.fn();
    const { user } = renderWithSession(<AccountSelect onSuccess={onSuccess} />);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(chosen()).toBe(globex);
    expect(backend.state.requests['GET /app/login-account']).toBeUndefined();
  });

  it('continues with the chosen account and calls onSuccess', async () => {
    const backend = await signedInBackend(server, 'multi');
    const onSuccess = vi.fn();
    const { user } = renderWithSession(<AccountSelect onSuccess={onSuccess} />);
    await user.click(await screen.findByRole('radio', { name: 'Acme Corp' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({
      status: 'authenticated',
      account: { id: acme },
    });
    expect(backend.state).toMatchObject({ stage: 'signed_in', accountId: acme });
  });

  it('sends one request for a double click', async () => {
    const backend = await signedInBackend(server, 'multi', { latency: 50 });
    const onSuccess = vi.fn();
    const { user } = renderWithSession(<AccountSelect onSuccess={onSuccess} />);
    await screen.findByRole('group', { name: 'Account' });
    await user.dblClick(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(backend.state.requests['POST /app/login-account']).toBe(1);
  });

  it('is busy while pending', async () => {
    await signedInBackend(server, 'multi', { latency: 100 });
    const { user } = renderWithSession(<AccountSelect />);
    await screen.findByRole('group', { name: 'Account' });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const button = screen.getByRole('button', { name: 'Continuing…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Acme Corp' })).toBeDisabled();
    expect(screen.getByRole('form')).toHaveAttribute('data-state', 'pending');
  });

  it('uncontrolled: starts at defaultValue', async () => {
    await signedInBackend(server, 'multi');
    renderWithSession(<AccountSelect defaultValue="acc_1000000003" />);
    await screen.findByRole('group', { name: 'Account' });
    expect(chosen()).toBe('acc_1000000003');
  });

  it('controlled: follows value and reports changes through onValueChange', async () => {
    await signedInBackend(server, 'multi');
    const onValueChange = vi.fn();
    function Controlled() {
      const [value, setValue] = useState(acme);
      return (
        <>
          <AccountSelect
            value={value}
            onValueChange={(next) => {
              onValueChange(next);
              setValue(next);
            }}
          />
          <output>{value}</output>
        </>
      );
    }
    const { user } = renderWithSession(<Controlled />);
    await screen.findByRole('group', { name: 'Account' });
    expect(chosen()).toBe(acme);
    await user.click(screen.getByRole('radio', { name: 'Globex Last used' }));
    expect(onValueChange).toHaveBeenCalledWith(globex);
    expect(chosen()).toBe(globex);
    expect(screen.getByText(globex, { selector: 'output' })).toBeInTheDocument();
  });

  it('controlled without onValueChange: the value does not move', async () => {
    await signedInBackend(server, 'multi');
    const { user } = renderWithSession(<AccountSelect value={acme} />);
    await user.click(await screen.findByRole('radio', { name: 'Globex Last used' }));
    expect(chosen()).toBe(acme);
  });

  it('puts a server field error on the radio group and the message in an alert', async () => {
    await signedInBackend(server, 'multi');
    server.use(
      http.post(`${apiUrl}/app/login-account`, () =>
        errorAnswer(400, 'Choose one of your accounts.', { account_id: 'That account is closed.' }),
      ),
    );
    const onError = vi.fn();
    const { user } = renderWithSession(<AccountSelect onError={onError} />);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'Acme Corp' })).toHaveAttribute(
        'aria-invalid',
        'true',
      ),
    );
    expect(screen.getByRole('group', { name: 'Account' })).toHaveAccessibleDescription(
      'That account is closed.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Choose one of your accounts.');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'validation' }));
  });

  it('shows why the accounts could not be loaded', async () => {
    startBackend(server);
    const { container } = renderWithSession(<AccountSelect />);
    expect(await screen.findByText('Please log in to continue.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Please log in to continue.');
    expect(container.querySelector('[data-slot=account-select]')).toHaveAttribute(
      'data-state',
      'error',
    );
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('offers "Try again" after a failed load, which asks again', async () => {
    startBackend(server);
    const { user } = renderWithSession(<AccountSelect />);
    await screen.findByText('Please log in to continue.');
    await signIn('multi');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('group', { name: 'Account' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeEmptyDOMElement();
  });

  it('says so when there are no accounts', async () => {
    await signedInBackend(server, 'multi');
    server.use(
      http.get(`${apiUrl}/app/session`, () =>
        HttpResponse.json({
          auth: { select_account: { accounts: {}, last_login: '' } },
          app: { id: 'app_1' },
          user: { id: 'usr_1' },
        }),
      ),
    );
    renderWithSession(<AccountSelect />);
    expect(await screen.findByText('There are no accounts to choose from.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(screen.getByRole('form')).toHaveAttribute('data-state', 'empty');
  });
});
