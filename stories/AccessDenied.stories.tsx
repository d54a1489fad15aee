import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccessDenied } from 'react-session-kit';
import { expect, fn } from 'storybook/test';

const meta = {
  title: 'Components/AccessDenied',
  component: AccessDenied,
  args: { resource: 'Payment methods', onBack: fn() },
  parameters: { mockApi: { user: 'restricted' } },
} satisfies Meta<typeof AccessDenied>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A lock icon, what is denied, a plain sentence and "Go back". */
export const Default: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await expect(
      canvas.getByRole('heading', { name: "You don't have access to Payment methods" }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Go back' }));
    await expect(args.onBack).toHaveBeenCalledTimes(1);
  },
};

/** A user with other accounts: "Switch account" as well. */
export const WithSwitchAccount: Story = {
  args: { onSwitchAccount: fn() },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Switch account' }));
    await expect(args.onSwitchAccount).toHaveBeenCalledTimes(1);
  },
};
