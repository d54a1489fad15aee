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

/** Signed in to Acme Corp: one button (initial, name, chevron) that opens the account menu. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const trigger = await canvas.findByRole('button', { name: 'Account: Acme Corp' });
    await expect(trigger).toHaveAttribute('aria-haspopup', 'menu');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Open: every account, the current one checked and focused; arrows move, Escape closes. */
export const Open: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Account: Acme Corp' }));
    const current = await canvas.findByRole('menuitemradio', { name: 'Acme Corp (current)' });
    await expect(current).toHaveAttribute('aria-checked', 'true');
    await waitFor(() => expect(current).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}');
    await expect(await canvas.findByRole('menuitemradio', { name: 'Globex' })).toHaveFocus();
  },
};

/** Picking Globex switches at once: one request, the new session everywhere, announced. */
export const Switched: Story = {
  play: async ({ canvas, userEvent, args, ...context }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Account: Acme Corp' }));
    await userEvent.click(await canvas.findByRole('menuitemradio', { name: 'Globex' }));
    await expect(await canvas.findByText('Switched to Globex.')).toBeInTheDocument();
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Account: Globex' })).toHaveFocus(),
    );
    await expect(mockApiOf(context).backend.state.requests['POST /user/change-account']).toBe(1);
  },
};

/** The switch fails: the message in the alert region, the account unchanged. */
export const Failed: Story = {
  play: async ({ canvas, userEvent, ...context }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Account: Acme Corp' }));
    mockApiOf(context).backend.setFault({
      type: 'error',
      status: 500,
      message: 'The account service is down.',
      times: 1,
    });
    await userEvent.click(await canvas.findByRole('menuitemradio', { name: 'Globex' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('The account service is down.'),
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
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};
