import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccessDenied, AccountSelect, LoginFlow, LoginForm } from 'react-session-kit';
import { expect, waitFor } from 'storybook/test';
import { RefreshOnce } from './RefreshOnce';
import { SignedInChrome } from './SignedInChrome';
import { extraAlerts } from './themeFixtures';

/**
 * The main forms on the dark theme of `react-session-kit/styles.css` (the Theme toolbar switches
 * any story). Every story here also runs the accessibility checks, colour contrast included.
 */
const meta = {
  title: 'States/Dark theme',
  tags: ['!autodocs'],
  globals: { theme: 'dark' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const darkBackground = 'rgb(21, 24, 30)'; // --rsk-background of the dark theme

/** The login form, idle. */
export const LoginFormIdle: Story = {
  render: () => <LoginForm />,
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('button', { name: 'Log in' })).toBeVisible();
    const form = canvasElement.querySelector('[data-slot=login-form]');
    if (!form) throw new Error('no login form');
    await expect(getComputedStyle(form).backgroundColor).toBe(darkBackground);
  },
};

/**
 * The page decides, not the OS: with no `color-scheme` (as on a light-only app) the kit is light
 * even on a dark OS; under `color-scheme: dark` (what `light dark` gives on a dark OS) it is dark.
 */
export const FollowsThePage: Story = {
  render: () => (
    <>
      <div style={{ colorScheme: 'normal' }} data-testid="no-opt-in">
        <AccessDenied resource="the light page" onBack={() => {}} />
      </div>
      <div style={{ colorScheme: 'dark' }} data-testid="dark-scheme">
        <AccessDenied resource="the dark page" onBack={() => {}} />
      </div>
    </>
  ),
  play: async ({ canvas }) => {
    const cardIn = (id: string) =>
      canvas.getByTestId(id).querySelector('[data-slot=access-denied]') ?? document.body;
    await expect(getComputedStyle(cardIn('no-opt-in')).backgroundColor).toBe('rgb(255, 255, 255)');
    await expect(getComputedStyle(cardIn('dark-scheme')).backgroundColor).toBe(darkBackground);
  },
};

/** Submitted empty: the field errors on dark. */
export const LoginFormFieldErrors: Story = {
  render: () => <LoginForm />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Log in' }));
    await expect(await canvas.findByText('Enter your username.')).toBeVisible();
    await expect(canvas.getByText('Enter your password.')).toBeVisible();
  },
};

/** The server ended the session: the notice above the form, on dark. */
export const LoginFormSessionEnded: Story = {
  parameters: { mockApi: { user: 'single', fault: { type: 'expired' } } },
  render: () => (
    <RefreshOnce>
      <LoginForm />
    </RefreshOnce>
  ),
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Your session has ended.'),
    );
  },
};

/** The server's message on dark (here: down for maintenance). */
export const LoginFormServerError: Story = {
  parameters: {
    mockApi: {
      fault: { type: 'error', status: 503, message: 'The service is down for maintenance.' },
    },
  },
  render: () => <LoginForm defaultUsername="single" />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('The service is down for maintenance.'),
    );
  },
};

/** The whole flow while the login request runs: the busy button on dark. */
export const LoginFlowPending: Story = {
  parameters: { mockApi: { backend: { latency: 60_000 } } },
  render: () => <LoginFlow defaultUsername="single" />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Password'), 'password{Enter}');
    await expect(await canvas.findByRole('button', { name: 'Logging in…' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** The account choice. */
export const AccountChoice: Story = {
  parameters: { mockApi: { user: 'multi', account: 'choose' } },
  render: () => <AccountSelect />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('radio', { name: 'Globex Last used' })).toBeChecked();
  },
};

/** Signed in: avatar, account switcher and alerts of every priority. */
export const SignedIn: Story = {
  parameters: { mockApi: { user: 'single', changes: extraAlerts } },
  render: () => <SignedInChrome />,
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getAllByRole('listitem').map((item) => item.dataset.priority)).toEqual([
        '1',
        '2',
        '3',
      ]),
    );
  },
};
