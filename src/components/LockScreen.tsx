import {
  forwardRef,
  useId,
  useState,
  type ComponentPropsWithoutRef,
  type FormEvent,
  type ForwardedRef,
} from 'react';
import type { SessionError } from '../core/SessionError';
import { useLockScreen } from '../useLockScreen';
import { useLogout } from '../useLogout';
import { isAuthenticated, useSession, type AuthenticatedSession } from '../useSession';
import { toSessionError } from './internal/errors';
import { rescueFocus } from './internal/focus';
import { announce, LiveRegion } from './internal/LiveRegion';
import { useSubmitGuard } from './internal/useSubmitGuard';
import { lockScreenLabels, type Labels } from './labels';
import { useLabels } from './LabelsContext';
import { renderPart, type RenderParts } from './parts';
import { UserAvatar } from './UserAvatar';

export interface LockScreenProps extends Omit<
  ComponentPropsWithoutRef<'form'>,
  'children' | 'onSubmit' | 'onError' | 'method' | 'action'
> {
  /** Called with the session once the password has unlocked it. */
  onUnlock?: (session: AuthenticatedSession) => void;
  /** Called after "Not you? Log out" has logged the user out (e.g. go to the login page). */
  onLogout?: () => void;
  /** Called with every failed unlock, after the form shows it (always a `SessionError`). */
  onError?: (error: SessionError) => void;
  labels?: Partial<Labels>;
  /** Replace parts: `label`, `input`, `button`, `image` (the avatar). */
  render?: RenderParts<'label' | 'input' | 'button' | 'image'>;
}

/**
 * The lock screen (`useLockScreen`): who is locked (avatar, name, account), one password field
 * with focus, "Unlock", and "Not you? Log out". Renders nothing unless the session is `locked`,
 * so it can sit where the app's content goes. The password is read from the field when sent and
 * cleared from it, never kept in state. A wrong password shows in a `role="alert"` region and on
 * the field; an unlock is announced and focus goes to the page's heading.
 *
 * @example
 * {status === 'locked' ? <LockScreen onLogout={() => navigate('/login')} /> : <Outlet />}
 */
export const LockScreen = /* @__PURE__ */ forwardRef(function LockScreen(
  {
    onUnlock,
    onLogout,
    onError,
    labels: labelOverrides,
    render,
    className,
    ...props
  }: LockScreenProps,
  ref: ForwardedRef<HTMLFormElement>,
) {
  const labels = useLabels(lockScreenLabels, labelOverrides);
  const status = useSession((session) => session.status);
  const user = useSession((session) => session.user);
  const accountTitle = useSession((session) => session.account?.title);
  const { unlock } = useLockScreen();
  const logout = useLogout();
  const [failure, setFailure] = useState<SessionError | null>(null);
  const [missing, setMissing] = useState(false);
  const [pending, guard] = useSubmitGuard();
  const id = useId();
  if (status !== 'locked') return null;

  const name = user?.name || user?.username || user?.email;
  const fieldError = missing ? labels.passwordRequired : failure?.fields.password;
  const inputId = `${id}-password`;
  const errorId = `${id}-password-error`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = event.currentTarget.elements.namedItem('password');
    if (!(input instanceof HTMLInputElement)) return;
    guard(async () => {
      const password = input.value;
      input.value = '';
      setMissing(password === '');
      setFailure(null);
      if (password === '') return input.focus();
      try {
        const next = await unlock.mutateAsync(password);
        if (!isAuthenticated(next)) return;
        announce(labels.unlocked);
        onUnlock?.(next);
        rescueFocus();
      } catch (caught) {
        const error = toSessionError(caught);
        setFailure(error);
        input.focus();
        onError?.(error);
      }
    });
  }

  const invalid = fieldError !== undefined || failure !== null;
  return (
    <form
      ref={ref}
      aria-labelledby={`${id}-title`}
      {...props}
      method="post"
      noValidate
      aria-busy={pending || undefined}
      data-slot="lock-screen"
      data-state={pending ? 'pending' : failure ? 'error' : 'idle'}
      className={className}
      onSubmit={onSubmit}
    >
      <div data-slot="lock-screen-user">
        <UserAvatar user={user} render={render} />
        <div>
          <h2 id={`${id}-title`} data-slot="lock-screen-title">
            {labels.lockScreen}
          </h2>
          {name ? (
            <p data-slot="lock-screen-name">
              <bdi>{name}</bdi>
              {accountTitle ? (
                <>
                  {' · '}
                  <bdi>{accountTitle}</bdi>
                </>
              ) : null}
            </p>
          ) : null}
        </div>
      </div>
      <div data-slot="lock-screen-field" data-state={invalid ? 'invalid' : 'valid'}>
        {renderPart(render, 'label', {
          htmlFor: inputId,
          'data-slot': 'lock-screen-label',
          children: labels.password,
        })}
        {renderPart(render, 'input', {
          id: inputId,
          name: 'password',
          type: 'password',
          autoComplete: 'current-password',
          // The screen replaces what had focus (the lock button): start where the user types.
          autoFocus: true,
          required: true,
          readOnly: pending,
          'aria-invalid': invalid || undefined,
          'aria-describedby': fieldError ? errorId : undefined,
          'data-slot': 'lock-screen-input',
          'data-state': invalid ? 'invalid' : 'valid',
        })}
        {fieldError ? (
          <p id={errorId} data-slot="lock-screen-error">
            {fieldError}
          </p>
        ) : null}
      </div>
      <LiveRegion role="alert" data-slot="lock-screen-message" error={failure}>
        {failure ? labels.error(failure) : null}
      </LiveRegion>
      {renderPart(render, 'button', {
        type: 'submit',
        'aria-disabled': pending || undefined,
        'aria-busy': pending || undefined,
        'data-slot': 'lock-screen-submit',
        'data-state': pending ? 'pending' : 'idle',
        children: pending ? labels.unlocking : labels.unlock,
      })}
      {renderPart(render, 'button', {
        type: 'button',
        disabled: logout.isPending,
        'data-slot': 'lock-screen-logout',
        onClick: () =>
          logout.mutate(undefined, {
            onSuccess: () => {
              onLogout?.();
              rescueFocus();
            },
          }),
        children: labels.notYou,
      })}
    </form>
  );
});
