import type { Meta, StoryObj } from '@storybook/react-vite';
import { LoginFlow } from 'react-session-kit';
import { expect, fn, waitFor, within } from 'storybook/test';
import { mockApiOf, pendingOn } from '../.storybook/mockApi';

const meta = {
  title: 'Components/LoginFlow',
  component: LoginFlow,
  args: { onAuthenticated: fn() },
} satisfies Meta<typeof LoginFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The first step. A single-account user signs in with the keyboard alone; then the flow hides
 * (no empty card) and "You are logged in." is read from a live region on `<body>`.
 */
export const SingleAccount: Story = {
  play: async ({ canvas, canvasElement, userEvent, args }) => {
    await userEvent.tab();
    await expect(canvas.getByLabelText('Username')).toHaveFocus();
    await userEvent.keyboard('single');
    await userEvent.tab();
    await userEvent.keyboard('password{Enter}');
    await waitFor(() => expect(args.onAuthenticated).toHaveBeenCalledTimes(1));
    await expect(
      await within(document.body).findByText('You are logged in.', {
        selector: '[data-slot=session-kit-announcer]',
      }),
    ).toBeInTheDocument();
    await expect(canvasElement.querySelector('[data-slot=login-flow]')).not.toBeVisible();
  },
};

/**
 * A multi-account user: the titled account step, focus on the last-used account's radio, the
 * step announced; Tab, Enter on Continue.
 */
export const MultiAccount: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'multi');
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    const lastUsed = await canvas.findByRole('radio', { name: 'Globex Last used' });
    await waitFor(() => expect(lastUsed).toHaveFocus());
    await expect(canvas.getByRole('heading', { name: 'Choose an account' })).toBeVisible();
    await expect(
      canvas.getByText('Choose an account', { selector: '[data-slot=login-flow-announcement]' }),
    ).toBeInTheDocument();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onAuthenticated).toHaveBeenCalledTimes(1));
  },
};

/** `autoSelectAccount`: the choice is skipped with the last-used account. */
export const AutoSelectAccount: Story = {
  args: { autoSelectAccount: true },
  play: async ({ canvas, userEvent, args, ...context }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'multi');
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() => expect(args.onAuthenticated).toHaveBeenCalledTimes(1));
    await expect(canvas.queryByRole('radio')).toBeNull();
    await expect(mockApiOf(context).backend.state.accountId).toBe('acc_1000000002');
  },
};

/** Reloaded in the middle of the account choice: the flow resumes there. "Use a different account" logs out. */
export const ResumeAtAccountChoice: Story = {
  parameters: { mockApi: { user: 'multi', account: 'choose' } },
  play: async ({ canvas, userEvent, ...context }) => {
    await expect(canvas.getByRole('group', { name: 'Account' })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Use a different account' }));
    await waitFor(() => expect(canvas.getByLabelText('Username')).toHaveFocus());
    await expect(mockApiOf(context).backend.state.stage).toBe('signed_out');
  },
};

/** Before the session is known. */
export const Loading: Story = {
  parameters: {
    mockApi: { fetchSession: true, fault: pendingOn('/app/session') },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading…')).toBeVisible();
  },
};
