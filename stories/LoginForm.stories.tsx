import type { Meta, StoryObj } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import { LoginForm } from 'react-session-kit';
import { expect, fn, waitFor } from 'storybook/test';
import { mockApiOf, pendingOn } from '../.storybook/mockApi';
import { RefreshOnce } from './states/RefreshOnce';
import { errorAnswer } from '../test/fixtures/errors';

const meta = {
  title: 'Components/LoginForm',
  component: LoginForm,
  args: { onSuccess: fn(), onSelectAccount: fn(), onError: fn() },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Signed out: labelled fields, "Log in", and the app's reset / sign-up links. */
export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Username')).toHaveAttribute('autocomplete', 'username');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute(
      'autocomplete',
      'current-password',
    );
    await expect(canvas.getByRole('link', { name: 'Forgot password?' })).toHaveAttribute(
      'href',
      'https://demo.app/reset',
    );
    await expect(canvas.getByRole('link', { name: 'Sign up' })).toBeVisible();
  },
};

/**
 * With identity: the app's logo (a same-origin path here; unsafe URLs are never shown) and
 * "Log in to Demo App"; "Show password" beside the label; sign-up in a footer of its own.
 */
export const WithHeader: Story = {
  args: { logo: '/logo.svg' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await expect(canvas.getByRole('heading', { name: 'Log in to Demo App' })).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot=login-form-logo]')).toHaveAttribute(
      'src',
      '/logo.svg',
    );
    await userEvent.type(canvas.getByLabelText('Password'), 'secret');
    await userEvent.click(canvas.getByRole('button', { name: 'Show password' }));
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'text');
    await expect(canvasElement.querySelector('[data-slot=login-form-footer]')).toHaveTextContent(
      'No account yet? Sign up',
    );
  },
};

/** Submitted empty: each field says what is missing, and no request is sent. */
export const ValidationErrors: Story = {
  play: async ({ canvas, userEvent, ...context }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Log in' }));
    await expect(await canvas.findByText('Enter your username.')).toBeVisible();
    await expect(canvas.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Username')).toHaveFocus();
    await expect(mockApiOf(context).backend.state.requests['POST /app/login']).toBeUndefined();
  },
};

/** A wrong password: the server's message in the alert region, focus on the password. */
export const WrongPassword: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'single');
    await userEvent.type(canvas.getByLabelText('Password'), 'wrong{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Invalid username or password.'),
    );
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
    await expect(args.onError).toHaveBeenCalledTimes(1);
  },
};

/** The server names a field: its message lands on that field. */
export const ServerFieldError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post('*/app/login', () =>
          errorAnswer(422, 'Check the form.', { username: 'This account is disabled.' }),
        ),
      ],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'single');
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    await expect(await canvas.findByText('This account is disabled.')).toBeVisible();
    await expect(canvas.getByLabelText('Username')).toHaveAccessibleDescription(
      'This account is disabled.',
    );
    await expect(canvas.getByRole('alert')).toHaveTextContent('Check the form.');
  },
};

/** While the request runs: the button keeps its colour, spins and says "Logging in…"; the fields are read-only. */
export const Pending: Story = {
  parameters: { mockApi: { fault: pendingOn('/app/login') } },
  args: { defaultUsername: 'single' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    const button = await canvas.findByRole('button', { name: 'Logging in…' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('readonly');
  },
};

/** A double click sends one request and signs in once. */
export const DoubleClick: Story = {
  parameters: { mockApi: { backend: { latency: 100 } } },
  args: { defaultUsername: 'single' },
  play: async ({ canvas, userEvent, args, ...context }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'password');
    await userEvent.dblClick(canvas.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(mockApiOf(context).backend.state.requests['POST /app/login']).toBe(1);
  },
};

type Callback = 'onSuccess' | 'onSelectAccount';

/** A play: `multi` logs in; `called` is called once, `notCalled` never. */
const multiLogsInThen =
  (called: Callback, notCalled: Callback): Story['play'] =>
  async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Username'), 'multi');
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() => expect(args[called]).toHaveBeenCalledTimes(1));
    await expect(args[notCalled]).not.toHaveBeenCalled();
  };

/** A user with several accounts: `onSelectAccount` hands over to the account choice. */
export const MultiAccountHandOver: Story = {
  play: multiLogsInThen('onSelectAccount', 'onSuccess'),
};

/** `autoSelectAccount`: the last-used account is posted back, straight to signed in. */
export const AutoSelectAccount: Story = {
  args: { autoSelectAccount: true },
  play: multiLogsInThen('onSuccess', 'onSelectAccount'),
};

/** Unsafe app URLs (`javascript:`, `data:`) never become links. */
export const UnsafeAppUrls: Story = {
  parameters: {
    mockApi: { fetchSession: true },
    msw: {
      handlers: [
        http.get('*/app/session', () =>
          HttpResponse.json({
            auth: false,
            app: {
              id: 'app_1',
              reset_url: ' JaVaScRiPt:alert(document.domain)',
              signup_url: 'data:text/html,<script>alert(1)</script>',
              allow_signup: true,
            },
            account: {},
            user: {},
            access: {},
            alerts: [],
          }),
        ),
      ],
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Log in' })).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(canvas.queryAllByRole('link')).toHaveLength(0);
  },
};

/** Every text from `labels` (here on the component; `<SessionProvider labels>` sets them for all). */
export const Translated: Story = {
  args: {
    labels: {
      loginForm: 'Anmelden',
      username: 'Benutzername',
      password: 'Passwort',
      logIn: 'Anmelden',
      usernameRequired: 'Bitte den Benutzernamen eingeben.',
      passwordRequired: 'Bitte das Passwort eingeben.',
      forgotPassword: 'Passwort vergessen?',
      signUp: 'Registrieren',
      sessionEnded: 'Ihre Sitzung ist abgelaufen. Bitte erneut anmelden.',
    },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Anmelden' }));
    await expect(await canvas.findByText('Bitte den Benutzernamen eingeben.')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Passwort vergessen?' })).toBeVisible();
  },
};

/**
 * The server ended the session (expired, or revoked on another device): the next refresh is
 * answered 401, and the form says why the user is back at it. A logout shows no such notice.
 */
export const SessionEnded: Story = {
  parameters: { mockApi: { user: 'single', fault: { type: 'expired' } } },
  render: (args) => (
    <RefreshOnce>
      <LoginForm {...args} />
    </RefreshOnce>
  ),
  play: async ({ canvas }) => {
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'Your session has ended. Log in again to continue.',
      ),
    );
    await expect(canvas.getByLabelText('Username')).toBeVisible();
  },
};
