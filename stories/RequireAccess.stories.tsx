import type { Meta, StoryObj } from '@storybook/react-vite';
import { RequireAccess } from 'react-session-kit';
import { expect, fn, waitFor } from 'storybook/test';
import { pendingOn } from '../.storybook/mockApi';

const meta = {
  title: 'Components/RequireAccess',
  component: RequireAccess,
  args: {
    access: 'account-users:r',
    loading: <p>Checking access…</p>,
    fallback: <p>You do not have access to the user list.</p>,
    children: <p>The user list.</p>,
    onDenied: fn(),
  },
} satisfies Meta<typeof RequireAccess>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signed in with `account-users:r`: the children. */
export const Allowed: Story = {
  parameters: { mockApi: { user: 'single' } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The user list.')).toBeVisible();
  },
};

/** Signed in without the access: the fallback, reason `forbidden`. */
export const Forbidden: Story = {
  parameters: { mockApi: { user: 'restricted' } },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText('You do not have access to the user list.')).toBeVisible();
    await waitFor(() => expect(args.onDenied).toHaveBeenCalledWith('forbidden', 'authenticated'));
  },
};

/** Without a `fallback`: a signed-in user without the access sees `<AccessDenied>`. */
export const ForbiddenDefaultFallback: Story = {
  parameters: { mockApi: { user: 'restricted' } },
  render: ({ access, children }) => <RequireAccess access={access}>{children}</RequireAccess>,
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { name: "You don't have access to this page" }),
    ).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Go back' })).toBeVisible();
  },
};

/** While the session loads, only the loading slot: never the children, never the fallback. */
export const Loading: Story = {
  parameters: {
    mockApi: { user: 'single', fetchSession: true, fault: pendingOn('/app/session') },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Checking access…')).toBeVisible();
    await expect(canvas.queryByText('The user list.')).toBeNull();
    await expect(canvas.queryByText('You do not have access to the user list.')).toBeNull();
  },
};

/** Signed out with `redirectTo`: `navigate` gets the login path with a safe `returnTo`. */
export const RedirectToLogin: Story = {
  // Signed out: no `mockApi.user`.
  args: { redirectTo: '/login', returnTo: '/users?page=2', navigate: fn() },
  play: async ({ args }) => {
    await waitFor(() =>
      expect(args.navigate).toHaveBeenCalledWith('/login?returnTo=%2Fusers%3Fpage%3D2'),
    );
  },
};

/** `when="signed-out"`: for the login page; a signed-in user sees the fallback (or is redirected). */
export const SignedOutOnly: Story = {
  // Signed out: no `mockApi.user`.
  args: { when: 'signed-out', access: undefined, children: <p>The login page.</p> },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The login page.')).toBeVisible();
  },
};
