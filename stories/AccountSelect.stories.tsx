import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { AccountSelect } from 'react-session-kit';
import { expect, fn, waitFor } from 'storybook/test';
import { mockApiOf, pendingOn } from '../.storybook/mockApi';
import { errorAnswer } from '../test/fixtures/errors';

const meta = {
  title: 'Components/AccountSelect',
  component: AccountSelect,
  args: { onSuccess: fn(), onError: fn(), onValueChange: fn() },
} satisfies Meta<typeof AccountSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A step of its own: "Choose an account", who is signing in, and a radio row per account of the
 * login answer, the last-used one (Globex) marked and pre-selected.
 */
export const Default: Story = {
  parameters: { mockApi: { user: 'multi', account: 'choose' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Choose an account' })).toBeVisible();
    const who = canvas.getByText(/^Signed in as/); // the name is in its own <bdi>
    await expect(who).toBeVisible();
    await expect(who).toHaveTextContent('Signed in as Morgan Multi');
    await expect(await canvas.findByRole('radio', { name: 'Globex Last used' })).toBeChecked();
    await expect(canvas.getAllByRole('radio')).toHaveLength(3);
  },
};

/** Before the session (and so the list) is known. */
export const Loading: Story = {
  parameters: {
    mockApi: {
      user: 'multi',
      account: 'choose',
      fetchSession: true,
      fault: pendingOn('/app/session'),
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading accounts…')).toBeVisible();
  },
};

/** Choosing another account and continuing: one request, then `onSuccess`. */
export const Continue: Story = {
  parameters: { mockApi: { user: 'multi', account: 'choose' } },
  play: async ({ canvas, userEvent, args, ...context }) => {
    await userEvent.click(canvas.getByRole('radio', { name: 'Acme Corp' }));
    await expect(args.onValueChange).toHaveBeenCalledWith('acc_1000000001');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(mockApiOf(context).backend.state).toMatchObject({
      stage: 'signed_in',
      accountId: 'acc_1000000001',
    });
  },
};

/** Uncontrolled, starting at `defaultValue`. */
export const DefaultValue: Story = {
  parameters: { mockApi: { user: 'multi', account: 'choose' } },
  args: { defaultValue: 'acc_1000000003' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('radio', { name: /^Initech Research/ })).toBeChecked();
  },
};

/** Controlled: the parent owns `value` and follows `onValueChange`. */
export const Controlled: Story = {
  parameters: { mockApi: { user: 'multi', account: 'choose' } },
  render: function ControlledSelect(args) {
    const [value, setValue] = useState('acc_1000000001');
    return (
      <>
        <AccountSelect
          {...args}
          value={value}
          onValueChange={(next) => {
            args.onValueChange?.(next);
            setValue(next);
          }}
        />
        <p>Selected: {value}</p>
      </>
    );
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('radio', { name: 'Acme Corp' })).toBeChecked();
    await userEvent.click(canvas.getByRole('radio', { name: 'Globex Last used' }));
    await expect(canvas.getByText('Selected: acc_1000000002')).toBeVisible();
  },
};

/** The server rejects the choice: the field error on the radio group, the message in the alert. */
export const ServerFieldError: Story = {
  parameters: {
    mockApi: { user: 'multi', account: 'choose' },
    msw: {
      handlers: [
        http.post('*/app/login-account', () =>
          errorAnswer(400, 'Choose one of your accounts.', {
            account_id: 'That account is closed.',
          }),
        ),
      ],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByText('That account is closed.')).toBeVisible();
    await expect(canvas.getByRole('radio', { name: 'Acme Corp' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(canvas.getByRole('group', { name: 'Account' })).toHaveAccessibleDescription(
      'That account is closed.',
    );
    await expect(canvas.getByRole('alert')).toHaveTextContent('Choose one of your accounts.');
  },
};

/** Not in the middle of a login: the list cannot be loaded; it says why and offers "Try again". */
export const LoadError: Story = {
  // Signed out: no `mockApi.user`.
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Please log in to continue.'),
    );
    await expect(canvas.getByRole('alert')).toHaveAttribute('data-tone', 'danger');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** No accounts to choose from. */
export const Empty: Story = {
  parameters: {
    mockApi: { user: 'multi', account: 'choose', fetchSession: true },
    msw: {
      handlers: [
        http.get('*/app/session', () =>
          HttpResponse.json({
            auth: { select_account: { accounts: {}, last_login: '' } },
            app: { id: 'app_1' },
            user: { id: 'usr_1' },
          }),
        ),
      ],
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('There are no accounts to choose from.')).toBeVisible();
  },
};
