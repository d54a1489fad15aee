import type { Meta, StoryObj } from '@storybook/react-vite';
import { LockScreen } from 'react-session-kit';
import { expect, fn, waitFor, within } from 'storybook/test';
import { mockApiOf, pendingOn } from '../.storybook/mockApi';

const meta = {
  title: 'Components/LockScreen',
  component: LockScreen,
  args: { onUnlock: fn(), onLogout: fn(), onError: fn() },
  parameters: { mockApi: { user: 'single', locked: true } },
} satisfies Meta<typeof LockScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Who is locked (avatar, name, account), the password field with focus, Unlock and "Not you?". */
export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('form', { name: 'Screen locked' })).toHaveTextContent(
      'Sam Single · Acme Corp',
    );
    await waitFor(() => expect(canvas.getByLabelText('Password')).toHaveFocus());
  },
};

/** A wrong password: the danger-toned message, the field invalid and emptied, focus kept on it. */
export const WrongPassword: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('The password is incorrect.'),
    );
    await expect(canvas.getByRole('alert')).toHaveAttribute('data-tone', 'danger');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
    await expect(args.onError).toHaveBeenCalledTimes(1);
  },
};

/** The right password unlocks: "Unlocked." is read from a live region on `<body>`. */
export const Unlock: Story = {
  play: async ({ canvas, userEvent, args, ...context }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() => expect(args.onUnlock).toHaveBeenCalledTimes(1));
    await expect(mockApiOf(context).backend.state.stage).toBe('signed_in');
    await expect(
      await within(document.body).findByText('Unlocked.', {
        selector: '[data-slot=session-kit-announcer]',
      }),
    ).toBeInTheDocument();
  },
};

/** While the unlock runs: "Unlocking…" with a spinner, the field read-only. */
export const Pending: Story = {
  parameters: {
    mockApi: { user: 'single', locked: true, fault: pendingOn('/user/lock-screen') },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    await expect(await canvas.findByRole('button', { name: 'Unlocking…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('readonly');
  },
};

/** Someone else at the screen: "Not you? Log out". */
export const NotYou: Story = {
  play: async ({ canvas, userEvent, args, ...context }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Not you? Log out' }));
    await waitFor(() => expect(args.onLogout).toHaveBeenCalledTimes(1));
    await expect(mockApiOf(context).backend.state.stage).toBe('signed_out');
  },
};
