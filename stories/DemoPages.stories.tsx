import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import '../demo/src/demo.css';
import { MemoryDemo } from '../demo/src/MemoryDemo';

/**
 * The demo's pages under `withSession` from `react-session-kit/testing`: no backend behind them.
 * `parameters.session` picks each story's session; the "View as" toolbar shows any page as
 * anyone else (the `ViewAs…` stories fix that choice with `globals`, as the toolbar sets it).
 */
const meta = {
  title: 'Demo/Pages',
  component: MemoryDemo,
  // A new path is a new router.
  render: ({ path }) => <MemoryDemo key={path} path={path} />,
  parameters: { session: 'fullAccess' },
} satisfies Meta<typeof MemoryDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signed in with full access: the overview. */
export const SignedInHome: Story = {
  args: { path: '/' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { level: 1, name: 'Hello, Sam Single' }),
    ).toBeVisible();
    await expect(canvas.getByText('Acme Corp', { selector: 'strong' })).toBeVisible();
  },
};

/**
 * The header: one row — the brand, then the user menu (avatar, name, account), which opens on
 * the theme, "Lock screen" and "Log out". A skip link comes first.
 */
export const UserMenu: Story = {
  args: { path: '/' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await canvas.findByRole('heading', { level: 1, name: 'Hello, Sam Single' });
    await expect(canvas.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    const header = canvasElement.querySelector('header')!;
    const middles = [...header.children].map((child) => {
      const box = child.getBoundingClientRect();
      return Math.round(box.top + box.height / 2);
    });
    await expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(8);
    await expect(canvas.queryByRole('button', { name: 'Log out' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: /^Sam Single/ }));
    await expect(canvas.getByRole('button', { name: 'Lock screen' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Log out' })).toBeVisible();
    await expect(canvas.getByLabelText('Theme')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('button', { name: 'Log out' })).toBeNull();
    await expect(canvas.getByRole('button', { name: /^Sam Single/ })).toHaveFocus();
  },
};

/** A page behind `RequireAccess`, as a user with the access. */
export const GatedPage: Story = {
  args: { path: '/users' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  },
};

/** The same page as a restricted user: the denied card. */
export const GatedPageRestricted: Story = {
  args: { path: '/users' },
  parameters: { session: 'restricted' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'No access to Users' })).toBeVisible();
  },
};

/** The sessions page: this device, and another device signed out in two clicks. */
export const SessionsPage: Story = {
  args: { path: '/sessions' },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByText('This device')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out of Safari 17 on iPhone' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign out' }));
    await expect(await canvas.findByText('Signed out of Safari 17 on iPhone.')).toBeVisible();
  },
};

/** "View as: Locked" on the overview: the unlock form, which unlocks. */
export const ViewAsLocked: Story = {
  args: { path: '/' },
  globals: { session: 'locked' },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByRole('heading', { name: 'Screen locked' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Password'), 'anything');
    await userEvent.click(canvas.getByRole('button', { name: 'Unlock' }));
    await expect(
      await canvas.findByRole('heading', { level: 1, name: 'Hello, Sam Single' }),
    ).toBeVisible();
  },
};

/** "View as: Signed out" on the gated page: the login page, which will come back to it. */
export const ViewAsSignedOut: Story = {
  args: { path: '/users' },
  globals: { session: 'signedOut' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { level: 1, name: 'Log in to the demo' }),
    ).toBeVisible();
    await expect(canvas.getByText('/users', { selector: 'code' })).toBeVisible();
  },
};

/** "View as: Loading": the session never arrives. */
export const ViewAsLoading: Story = {
  args: { path: '/' },
  globals: { session: 'loading' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading the session…')).toBeVisible();
    await waitFor(() => expect(canvas.queryByRole('heading', { level: 1 })).toBeNull());
  },
};
