import {
  forwardRef,
  useEffect,
  type ForwardedRef,
  useId,
  useMemo,
  useState,
  type ComponentPropsWithoutRef,
  type FormEvent,
} from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import * as z from 'zod/mini';
import type { SessionError } from '../core/SessionError';
import type { Session } from '../core/schemas/session';
import { preferredAccount } from '../core/schemas/accountChoices';
import { safeUrl } from '../core/urls';
import { isAuthenticated, useSession, type AuthenticatedSession } from '../useSession';
import { useLogin } from '../useLogin';
import { useSelectAccount } from '../useSelectAccount';
import { loginFormLabels, type Labels } from './labels';
import { useLabels } from './LabelsContext';
import { renderPart, type RenderParts } from './parts';
import { toSessionError } from './internal/errors';
import { LiveRegion } from './internal/LiveRegion';
import { useInputRefFallback } from './internal/useInputRefFallback';
import { useSubmitGuard } from './internal/useSubmitGuard';
import { isolate } from './internal/isolate';

export interface LoginFormProps extends Omit<
  ComponentPropsWithoutRef<'form'>,
  'children' | 'onSubmit' | 'onError' | 'method' | 'action'
> {
  /** Called with the session once the user is signed in to an account. */
  onSuccess?: (session: AuthenticatedSession) => void;
  /**
   * Called when the user belongs to several accounts and has to choose one: render
   * `<AccountSelect>` next (`<LoginFlow>` does this for you). The session's status is then
   * `select_account` and its `accountChoices` hold the accounts.
   */
  onSelectAccount?: (session: Session) => void;
  /** Called with every failed attempt, after the form shows it (always a `SessionError`). */
  onError?: (error: SessionError) => void;
  /** Skip the account choice: post the last-used account (else the first) straight back. */
  autoSelectAccount?: boolean;
  /** The username the field starts with. */
  defaultUsername?: string;
  /** The app's logo (an `http(s)` URL or a same-origin path; anything else is not shown). */
  logo?: string;
  labels?: Partial<Labels>;
  /** Replace parts: `label`, `input`, `button`, `link`, `image` (the logo). */
  render?: RenderParts<'label' | 'input' | 'button' | 'link' | 'image'>;
}

type Field = 'username' | 'password';
const fields: readonly Field[] = ['username', 'password'];

function loginSchema(labels: Pick<Labels, 'usernameRequired' | 'passwordRequired'>) {
  return z.object({
    username: z.string().check(z.trim(), z.minLength(1, labels.usernameRequired)),
    password: z.string().check(z.minLength(1, labels.passwordRequired)),
  });
}

type LoginValues = z.input<ReturnType<typeof loginSchema>>;

/**
 * Username and password form (`POST /app/login`) with react-hook-form and zod. While the request
 * runs the button is disabled and `aria-busy`; a double click or Enter-then-click sends one
 * request. The server's message appears in a `role="alert"` region and its field errors on their
 * fields. "Forgot password?" and "Sign up" link to `app.reset_url` / `app.signup_url` when those
 * are safe `http(s)` URLs (sign-up only when `app.allow_signup`).
 *
 * @example
 * <LoginForm onSuccess={() => navigate('/')} onSelectAccount={() => navigate('/choose-account')} />
 */
export const LoginForm = /* @__PURE__ */ forwardRef(function LoginForm(
  {
    onSuccess,
    onSelectAccount,
    onError,
    autoSelectAccount = false,
    defaultUsername = '',
    logo,
    labels: labelOverrides,
    render,
    className,
    ...props
  }: LoginFormProps,
  ref: ForwardedRef<HTMLFormElement>,
) {
  const labels = useLabels(loginFormLabels, labelOverrides);
  const schema = useMemo(() => loginSchema(labels), [labels]);
  const form = useForm<LoginValues>({
    resolver: zodResolver(schema),
    defaultValues: { username: defaultUsername, password: '' },
  });
  const login = useLogin();
  const selectAccount = useSelectAccount();
  const app = useSession((session) => session.app);
  const ended = useSession((session) => session.ended);
  const [failure, setFailure] = useState<SessionError | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [wait, startWait] = useCountdown();
  const [submitting, guard] = useSubmitGuard();
  const id = useId();
  const register = useInputRefFallback(form, fields, (name) => `${id}-${name}`, 'LoginForm');

  async function submit(values: LoginValues) {
    setFailure(null);
    try {
      let session = await login.mutateAsync({
        username: values.username.trim(),
        password: values.password,
      });
      if (session.status === 'select_account') {
        const accountId = autoSelectAccount ? preferredAccount(session.accountChoices) : null;
        if (accountId === null) {
          onSelectAccount?.(session);
          return;
        }
        session = await selectAccount.mutateAsync(accountId);
      }
      if (isAuthenticated(session)) onSuccess?.(session);
    } catch (caught) {
      const error = toSessionError(caught);
      const invalid = fields.filter((field) => error.fields[field]);
      for (const field of invalid)
        form.setError(field, { type: 'server', message: error.fields[field] });
      setFailure(error);
      if (error.kind === 'rate_limited' && error.retryAfter) startWait(error.retryAfter);
      form.setFocus(invalid[0] ?? 'password');
      onError?.(error);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard(() => form.handleSubmit(submit)(event));
  }

  const pending = submitting || login.isPending || selectAccount.isPending;
  const resetUrl = safeUrl(app?.reset_url);
  const signupUrl = app?.allow_signup ? safeUrl(app.signup_url) : null;
  const logoUrl = safeUrl(logo);
  const appTitle = app?.title;
  const state = pending ? 'pending' : failure ? 'error' : 'idle';

  const field = (name: Field, label: string, autoComplete: string) => {
    const error = form.formState.errors[name]?.message;
    const inputId = `${id}-${name}`;
    const errorId = `${id}-${name}-error`;
    return (
      <div data-slot="login-form-field" data-state={error ? 'invalid' : 'valid'}>
        {renderPart(render, 'label', {
          htmlFor: inputId,
          'data-slot': 'login-form-label',
          children: label,
        })}
        {renderPart(render, 'input', {
          ...register(name),
          id: inputId,
          type: name === 'password' && !revealed ? 'password' : 'text',
          autoComplete,
          autoCapitalize: name === 'username' ? 'none' : undefined,
          spellCheck: false,
          required: true,
          readOnly: pending,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? errorId : undefined,
          'data-slot': 'login-form-input',
          'data-state': error ? 'invalid' : 'valid',
        })}
        {name === 'password'
          ? renderPart(render, 'button', {
              type: 'button',
              'aria-pressed': revealed,
              'aria-controls': inputId,
              'data-slot': 'login-form-reveal',
              'data-state': revealed ? 'on' : 'off',
              onClick: () => setRevealed(!revealed),
              children: labels.showPassword,
            })
          : null}
        {error ? (
          <p id={errorId} data-slot="login-form-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form
      aria-label={labels.loginForm}
      {...props}
      ref={ref}
      method="post"
      noValidate
      aria-busy={pending || undefined}
      data-slot="login-form"
      data-state={state}
      className={className}
      onSubmit={onSubmit}
    >
      {appTitle || logoUrl ? (
        <div data-slot="login-form-header">
          {logoUrl
            ? renderPart(render, 'image', { src: logoUrl, alt: '', 'data-slot': 'login-form-logo' })
            : null}
          {appTitle ? (
            <h2 data-slot="login-form-title">{isolate(labels.loginTitle, appTitle)}</h2>
          ) : null}
        </div>
      ) : null}
      {ended && !failure ? (
        <p role="status" data-slot="login-form-notice">
          {labels.sessionEnded}
        </p>
      ) : null}
      {field('username', labels.username, 'username')}
      {field('password', labels.password, 'current-password')}
      <LiveRegion role="alert" data-slot="login-form-message" error={failure}>
        {failure ? labels.error(failure) : null}
      </LiveRegion>
      {renderPart(render, 'button', {
        type: 'submit',
        // Pending, the button keeps focus (a disabled one would drop it) and its colour.
        disabled: wait > 0,
        'aria-disabled': pending || undefined,
        'aria-busy': pending || undefined,
        'data-slot': 'login-form-submit',
        'data-state': pending ? 'pending' : wait > 0 ? 'waiting' : 'idle',
        children: pending ? labels.loggingIn : wait > 0 ? labels.retryIn(wait) : labels.logIn,
      })}
      {resetUrl ? (
        <div data-slot="login-form-links">
          {renderPart(render, 'link', {
            href: resetUrl,
            'data-slot': 'login-form-link',
            children: labels.forgotPassword,
          })}
        </div>
      ) : null}
      {signupUrl ? (
        <p data-slot="login-form-footer">
          {labels.noAccount}{' '}
          {renderPart(render, 'link', {
            href: signupUrl,
            'data-slot': 'login-form-link',
            children: labels.signUp,
          })}
        </p>
      ) : null}
    </form>
  );
});

/** Seconds left of a countdown (a rate limit's `Retry-After`), and how to start one. */
function useCountdown(): [left: number, start: (seconds: number) => void] {
  const [end, setEnd] = useState(0);
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (end === 0) return undefined;
    const timer = setInterval(() => {
      const seconds = Math.max(0, Math.ceil((end - Date.now()) / 1000));
      setLeft(seconds);
      if (seconds === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [end]);
  const start = (seconds: number) => {
    setEnd(Date.now() + seconds * 1000);
    setLeft(seconds);
  };
  return [left, start];
}
