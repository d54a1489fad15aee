import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountSelect } from 'react-session-kit';
import { mockUsers } from 'react-session-kit/mock';
import { expect, fn, waitFor } from 'storybook/test';
import { mockApiOf } from '../../.storybook/mockApi';
import { longNames, manyAccounts, twoAccounts } from './accountFixtures';

const users = [...Object.values(mockUsers), twoAccounts, manyAccounts, longNames];

/**
 * The account choice of a multi-account login with few, many and long account names. Each
 * story stops a login at the choice (`parameters.mockApi.account: 'choose'`).
 */
const meta = {
  title: 'States/Account choice',
  component: AccountSelect,
  args: { onSuccess: fn(), onError: fn() },
} satisfies Meta<typeof AccountSelect>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two accounts. */
export const Few: Story = {
  parameters: { mockApi: { user: 'two', account: 'choose', backend: { users } } },
  play: async ({ canvas }) => {
    await canvas.findByRole('group', { name: 'Account' });
    await expect(canvas.getAllByRole('radio')).toHaveLength(2);
    const chosen = canvas.getByRole<HTMLInputElement>('radio', { checked: true });
    await expect(chosen.value).toBe(twoAccounts.lastLoginAccountId);
    await expect(chosen.closest('[data-slot=account-select-option]')).toHaveTextContent(
      'Last used',
    );
  },
};

/** Fifteen accounts: one radio group (one Tab stop, arrow keys move); choosing one signs in. */
export const Many: Story = {
  parameters: { mockApi: { user: 'many', account: 'choose', backend: { users } } },
  play: async ({ canvas, userEvent, args, ...context }) => {
    await canvas.findByRole('group', { name: 'Account' });
    await expect(canvas.getAllByRole('radio')).toHaveLength(15);
    await userEvent.click(canvas.getByRole('radio', { name: /^Pied Piper/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    const chosen = manyAccounts.memberships.find((m) => m.account.title === 'Pied Piper');
    await expect(mockApiOf(context).backend.state.accountId).toBe(chosen?.account.id);
  },
};

/** Long names, one without spaces and one right-to-left: they wrap, and the form keeps its width. */
export const LongNames: Story = {
  parameters: { mockApi: { user: 'long', account: 'choose', backend: { users } } },
  play: async ({ canvas, canvasElement }) => {
    await canvas.findByRole('group', { name: 'Account' });
    await expect(canvas.getAllByRole('radio')).toHaveLength(4);
    const form = canvasElement.querySelector('[data-slot=account-select]');
    if (!form) throw new Error('no account-select form');
    for (const row of canvasElement.querySelectorAll('[data-slot=account-select-option]'))
      await expect(row.getBoundingClientRect().right).toBeLessThanOrEqual(
        form.getBoundingClientRect().right,
      );
  },
};
