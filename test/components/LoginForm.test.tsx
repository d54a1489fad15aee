import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { LoginForm } from '../../src';
import { apiUrl, renderWithSession, startBackend } from '../support/render';
import { setUpServer } from '../support/server';
import { errorAnswer } from '../fixtures/errors';

const server = setUpServer();

describe('LoginForm', () => {
  it('has labelled fields with autocomplete, a post method and the submit button', async () => {
    startBackend(server);
    const { container } = renderWithSession(<LoginForm />);
    const username = screen.getByLabelText('Username');
    const password = screen.getByLabelText('Password');
    expect(username).toHaveAttribute('autocomplete', 'username');
    expect(password).toHaveAttribute('autocomplete', 'current-password');
    expect(password).toHaveAttribute('type', 'password');
    expect(screen.getByRole('form', { name: 'Log in' })).toHaveAttribute('method', 'post');
    expect(screen.getByRole('button', { name: 'Log in' })).toBeEnabled();
    expect(container.querySelector('[data-slot=login-form]')).toHaveAttribute('data-state', 'idle');
    expect(container.querySelector('input[name=username]')).toHaveAttribute(
      'data-slot',
      'login-form-input',
    );
  });

  it('signs a single-account user in and calls onSuccess with the session', async () => {
    const backend = startBackend(server);
    const onSuccess = vi.fn();
    const { user } = renderWithSession(<LoginForm onSuccess={onSuccess} />);
    await user.type(screen.getByLabelText('Username'), 'single');
    await user.type(screen.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({
      status: 'authenticated',
      user: { name: 'Sam Single' },
    });
    expect(backend.state.stage).toBe('signed_in');
  });

  it('shows field errors without a request when fields are empty, and focuses the first', async () => {
    const backend = startBackend(server);
    const { user } = renderWithSession(<LoginForm />);
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    const username = screen.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'));
    expect(username).toHaveAccessibleDescription('Enter your username.');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('Enter your password.');
    expect(username).toHaveFocus();
    expect(backend.state.requests['POST /app/login']).toBeUndefined();
  });

  it("shows the server's message in an alert and focuses the password", async () => {
    startBackend(server);
    const onError = vi.fn();
    const { user, container } = renderWithSession(<LoginForm onError={onError} />);
    await user.type(screen.getByLabelText('Username'), 'single');
    await user.type(screen.getByLabelText('Password'), 'wrong{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Invalid username or password.');
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'unauthorized' }));
    expect(container.querySelector('[data-slot=login-form]')).toHaveAttribute(
      'data-state',
      'error',
    );
  });

  it('puts per-field server errors on their fields', async () => {
    startBackend(server);
    server.use(
      http.post(`${apiUrl}/app/login`, () =>
        errorAnswer(422, 'Check the form.', { username: 'This account is disabled.' }),
      ),
    );
    const { user } = renderWithSession(<LoginForm />);
    await user.type(screen.getByLabelText('Username'), 'single');
    await user.type(screen.getByLabelText('Password'), 'password{Enter}');
    const username = screen.getByLabelText('Username');
    await waitFor(() => expect(username).toHaveAttribute('aria-invalid', 'true'));
    expect(username).toHaveAccessibleDescription('This account is disabled.');
    expect(username).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Check the form.');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });

  it('is busy while pending: "Logging in…", fields read-only, the button keeps focus', async () => {
    startBackend(server, { latency: 200 });
    const { user } = renderWithSession(<LoginForm />);
    await user.type(screen.getByLabelText('Username'), 'single');
    await user.type(screen.getByLabelText('Password'), 'password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    const button = await screen.findByRole('button', { name: 'Logging in…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveFocus(); // not disabled, so focus stays on it
    expect(screen.getByLabelText('Username')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Password')).toHaveAttribute('readonly');
    expect(screen.getByRole('form')).toHaveAttribute('data-state', 'pending');
    await screen.findByRole('button', { name: 'Log in' });
    expect(screen.getByLabelText('Username')).not.toHaveAttribute('readonly');
  });

  it('a rate limit disables "Log in" and counts Retry-After down', async () => {
    const backend = startBackend(server);
    backend.setFault({ type: 'rate_limited', retryAfter: 2, only: ['/app/login'], times: 1 });
    const { user, container } = renderWithSession(<LoginForm defaultUsername="single" />);
    await user.type(screen.getByLabelText('Password'), 'password{Enter}');
    const button = await screen.findByRole('button', { name: 'Try again in 2 s' });
    expect(button).toBeDisabled();
    expect(container.querySelector('[data-slot=login-form-message]')).toHaveAttribute(
      'data-tone',
      'warning',
    );
    await screen.findByRole('button', { name: 'Try again in 1 s' }, { timeout: 1500 });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Log in' })).toBeEnabled(), {
      timeout: 1500,
    });
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(backend.state.stage).toBe('signed_in'));
  });

  it('marks each failure with its kind and tone: credentials danger, offline warning', async () => {
    const backend = startBackend(server);
    const { user, container } = renderWithSession(<LoginForm defaultUsername="single" />);
    const message = () => container.querySelector('[data-slot=login-form-message]');
    await user.type(screen.getByLabelText('Password'), 'wrong{Enter}');
    await waitFor(() => expect(message()).toHaveAttribute('data-tone', 'danger'));
    expect(message()).toHaveAttribute('data-kind', 'unauthorized');
    backend.setFault({ type: 'offline' });
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(message()).toHaveAttribute('data-kind', 'network'));
    expect(message()).toHaveAttribute('data-tone', 'warning');
  });

  it('sends one request for a double click', async () => {
    const backend = startBackend(server, { latency: 50 });
    const onSuccess = vi.fn();
    const { user } = renderWithSession(<LoginForm onSuccess={onSuccess} />);
    await user.type(screen.getByLabelText('Username'), 'single');
    await user.type(screen.getByLabelText('Password'), 'password');
    await user.dblClick(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(backend.state.requests['POST /app/login']).toBe(1);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('sends one request for Enter then click', async () => {
    // Long enough for the click to land while the first request runs, even on a loaded machine.
    const backend = startBackend(server, { latency: 500 });
    const onSuccess = vi.fn();
    const { user } = renderWithSession(<LoginForm onSuccess={onSuccess} />);
    await user.type(screen.getByLabelText('Username'), 'single');
    await user.type(screen.getByLabelText('Password'), 'password');
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Logging in…' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(backend.state.requests['POST /app/login']).toBe(1);
  });

  it('sends one request for a native submit fired twice in the same tick', async () => {
    const backend = startBackend(server, { latency: 50 });
    renderWithSession(<LoginForm defaultUsername="single" />);
    const password = screen.getByLabelText('Password');
    await userEvent.setup().type(password, 'password');
    const form = screen.getByRole<HTMLFormElement>('form');
    form.requestSubmit();
    form.requestSubmit();
    await waitFor(() => expect(backend.state.requests['POST /app/login']).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(backend.state.requests['POST /app/login']).toBe(1);
  });

  it('hands a multi-account user over to account selection', async () => {
    startBackend(server);
    const onSelectAccount = vi.fn();
    const onSuccess = vi.fn();
    const { user } = renderWithSession(
      <LoginForm onSelectAccount={onSelectAccount} onSuccess={onSuccess} />,
    );
    await user.type(screen.getByLabelText('Username'), 'multi');
    await user.type(screen.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() => expect(onSelectAccount).toHaveBeenCalledTimes(1));
    expect(onSelectAccount.mock.calls[0]?.[0]).toMatchObject({
      status: 'select_account',
      accountChoices: { lastLogin: 'acc_1000000002' },
    });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('with autoSelectAccount posts last_login back and signs in', async () => {
    const backend = startBackend(server);
    const onSuccess = vi.fn();
    const { user } = renderWithSession(<LoginForm autoSelectAccount onSuccess={onSuccess} />);
    await user.type(screen.getByLabelText('Username'), 'multi');
    await user.type(screen.getByLabelText('Password'), 'password{Enter}');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({
      account: { id: 'acc_1000000002', title: 'Globex' },
    });
    expect(backend.state.requests['POST /app/login-account']).toBe(1);
  });

  it("has a header with the app's title and a logo only from a safe URL", async () => {
    startBackend(server);
    const { container, unmount } = renderWithSession(<LoginForm logo="/logo.svg" />);
    expect(await screen.findByRole('heading', { name: 'Log in to Demo App' })).toBeInTheDocument();
    expect(container.querySelector('[data-slot=login-form-logo]')).toHaveAttribute(
      'src',
      '/logo.svg',
    );
    unmount();
    const hostile = renderWithSession(<LoginForm logo="javascript:alert(1)" />);
    await screen.findByRole('heading', { name: 'Log in to Demo App' });
    expect(hostile.container.querySelector('img')).toBeNull();
  });

  it('shows the password as text while "Show password" is pressed', async () => {
    startBackend(server);
    const { user } = renderWithSession(<LoginForm />);
    const password = screen.getByLabelText('Password');
    await user.type(password, 'secret');
    const reveal = screen.getByRole('button', { name: 'Show password' });
    expect(reveal).toHaveAttribute('aria-pressed', 'false');
    expect(password).toHaveAttribute('type', 'password');
    await user.click(reveal);
    expect(reveal).toHaveAttribute('aria-pressed', 'true');
    expect(password).toHaveAttribute('type', 'text');
    expect(password).toHaveValue('secret');
    await user.click(reveal);
    expect(password).toHaveAttribute('type', 'password');
  });

  it('puts "Sign up" in a footer of its own, after "No account yet?"', async () => {
    startBackend(server);
    const { container } = renderWithSession(<LoginForm />);
    await screen.findByRole('link', { name: 'Sign up' });
    expect(container.querySelector('[data-slot=login-form-footer]')).toHaveTextContent(
      'No account yet? Sign up',
    );
  });

  it('links "Forgot password?" and "Sign up" from the app URLs', async () => {
    startBackend(server);
    renderWithSession(<LoginForm />);
    expect(await screen.findByRole('link', { name: 'Forgot password?' })).toHaveAttribute(
      'href',
      'https://demo.app/reset',
    );
    expect(screen.getByRole('link', { name: 'Sign up' })).toHaveAttribute(
      'href',
      'https://demo.app/signup',
    );
  });

  it('leaves out unsafe app URLs and sign-up when not allowed', async () => {
    startBackend(server);
    server.use(
      http.get(`${apiUrl}/app/session`, () =>
        HttpResponse.json({
          auth: false,
          app: {
            id: 'app_1',
            reset_url: ' JavaScript:alert(1)',
            signup_url: 'https://demo.app/signup',
            allow_signup: false,
          },
          account: {},
          user: {},
          access: {},
          alerts: [],
        }),
      ),
    );
    renderWithSession(<LoginForm />);
    await waitFor(() => expect(screen.getByRole('form')).toBeInTheDocument());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('takes labels from the provider and from its own prop, the prop winning', async () => {
    startBackend(server);
    renderWithSession(<LoginForm labels={{ logIn: 'Anmelden' }} />, {
      labels: { username: 'Benutzername', logIn: 'Einloggen' },
    });
    expect(screen.getByLabelText('Benutzername')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anmelden' })).toBeInTheDocument();
  });

  it('spreads props, keeps className and lets parts be replaced through render', async () => {
    startBackend(server);
    renderWithSession(
      <LoginForm
        className="mine"
        id="login"
        data-testid="form"
        render={{ button: (props) => <button {...props} data-custom="yes" /> }}
      />,
    );
    const form = screen.getByTestId('form');
    expect(form).toHaveClass('mine');
    expect(form).toHaveAttribute('id', 'login');
    expect(screen.getByRole('button', { name: 'Log in' })).toHaveAttribute('data-custom', 'yes');
    expect(screen.getByRole('button', { name: 'Log in' })).toHaveAttribute(
      'data-slot',
      'login-form-submit',
    );
  });
});
