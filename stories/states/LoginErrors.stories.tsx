import type { Meta, StoryObj } from '@storybook/react-vite';
import { http } from 'msw';
import { LoginForm } from 'react-session-kit';
import { expect, fn, waitFor } from 'storybook/test';
import { mockApiOf } from '../../.storybook/mockApi';
import { errorAnswer } from '../../test/fixtures/errors';

/**
 * What the login form shows when the server says no, or says nothing: every answer a designer
 * has to plan for. Each story logs in as `single` and lets the mock backend fail the request.
 */
const meta = {
  title: 'States/Login errors',
  component: LoginForm,
  args: { defaultUsername: 'single', onSuccess: fn(), onError: fn() },
} satisfies Meta<typeof LoginForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The server rejects the credentials and names both fields: each message on its field. */
export const InvalidCredentialsWithFieldErrors: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post('*/app/login', () =>
          errorAnswer(400, 'Please fix the highlighted fields.', {
            username: 'No user has that name.',
            password: 'Passwords are at least 8 characters.',
          }),
        ),
      ],
    },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'short{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Please fix the highlighted fields.'),
    );
    await expect(canvas.getByLabelText('Username')).toHaveAccessibleDescription(
      'No user has that name.',
    );
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription(
      'Passwords are at least 8 characters.',
    );
    await expect(canvas.getByLabelText('Username')).toHaveFocus();
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'validation' }),
    );
  },
};

/** The server is down (503 with its own message): the message, and the form ready to retry. */
export const ServerDown: Story = {
  parameters: {
    mockApi: {
      fault: {
        type: 'error',
        status: 503,
        message: 'The service is down for maintenance. Please try again in a few minutes.',
      },
    },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('The service is down for maintenance.'),
    );
    await expect(canvas.getByRole('button', { name: 'Log in' })).toBeEnabled();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'server' }));
    await expect(args.onSuccess).not.toHaveBeenCalled();
  },
};

/** No answer at all (offline, DNS, CORS): the kit's own message for a network failure. */
export const Offline: Story = {
  parameters: { mockApi: { fault: { type: 'offline' } } },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Could not reach the server.'),
    );
    await expect(canvas.getByRole('alert')).toHaveAttribute('data-tone', 'warning');
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }));
  },
};

/**
 * Too many attempts (429 with Retry-After): the server's message in the warning tone, and "Log in"
 * disabled while it counts the seconds down.
 */
export const RateLimited: Story = {
  parameters: { mockApi: { fault: { type: 'rate_limited', retryAfter: 30 } } },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(
        'Too many requests. Try again in 30 seconds.',
      ),
    );
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'rate_limited', retryAfter: 30 }),
    );
    await expect(canvas.getByRole('alert')).toHaveAttribute('data-tone', 'warning');
    await expect(canvas.getByRole('button', { name: /^Try again in \d+ s$/ })).toBeDisabled();
  },
};

/** The second try works once the fault has passed: the message goes away and the user is in. */
export const RecoversOnRetry: Story = {
  parameters: { mockApi: { fault: { type: 'error', status: 500, times: 1 } } },
  play: async ({ canvas, userEvent, args, ...context }) => {
    await userEvent.type(canvas.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent('Something went wrong.'),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(canvas.queryByText(/Something went wrong/)).toBeNull();
    await expect(mockApiOf(context).backend.state.stage).toBe('signed_in');
  },
};
