import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountSwitcher } from 'react-session-kit';
import { expect, fn, waitFor } from 'storybook/test';
import { mockApiOf } from '../.storybook/mockApi';

const meta = {
  title: 'Components/AccountSwitcher',
  component: AccountSwitcher,
  args: { onSuccess: fn(), onError: fn() },
  parameters: { mockApi: { user: 'multi', account: 'acc_1000000001' } },
} satisfies Meta<typeof AccountSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signed in to Acme Corp: the current account is marked, the button waits for another choice. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('option', { name: 'Acme Corp (current)' }),
    ).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Switch account' })).toBeDisabled();
  },
};

/** Switching to Globex: one request, the new session everywhere, and an announcement. */
export const Switched: Story = {
  play: async ({ canvas, userEvent, args, ...context }) => {
    await userEvent.selectOptions(
      await canvas.findByRole('combobox', { name: 'Account' }),
      'acc_1000000002',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Switch account' }));
    await expect(await canvas.findByText('Switched to Globex.')).toBeVisible();
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(mockApiOf(context).backend.state.requests['POST /user/change-account']).toBe(1);
  },
};

/** The switch fails: the message in the alert region. */
export const Failed: Story = {
  play: async ({ canvas, userEvent, ...context }) => {
    await userEvent.selectOptions(
      await canvas.findByRole('combobox', { name: 'Account' }),
      'acc_1000000002',
    );
    mockApiOf(context).backend.setFault({
      type: 'error',
      status: 500,
      message: 'The account service is down.',
      times: 1,
    });
    await userEvent.click(canvas.getByRole('button', { name: 'Switch account' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'The account service is down.',
    );
  },
};

/** A user with one account: nothing to switch, nothing rendered. */
export const SingleAccount: Story = {
  parameters: { mockApi: { user: 'single' } },
  play: async ({ canvas, ...context }) => {
    await waitFor(() =>
      expect(mockApiOf(context).backend.state.requests['GET /user/change-account']).toBe(1),
    );
    await expect(canvas.queryByRole('combobox')).toBeNull();
  },
};
