import { useId, type FormEvent } from 'react';
import { useLockScreen } from 'react-session-kit';
import { LogOutButton } from './LogOutButton';

/** Shown instead of the app while the screen is locked: the password unlocks it again. */
export function UnlockScreen() {
  const { unlock } = useLockScreen();
  const passwordId = useId();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const password = new FormData(form).get('password');
    // The password is read from the form and cleared from it, never kept in React state.
    form.reset();
    if (typeof password === 'string' && password) unlock.mutate(password);
  };
  return (
    <section className="demo-card demo-login-card" aria-labelledby="unlock-title">
      <h1 id="unlock-title">Screen locked</h1>
      <p className="demo-muted">Enter your password to go back to the app.</p>
      <form aria-labelledby="unlock-title" className="demo-unlock" onSubmit={onSubmit}>
        <label htmlFor={passwordId}>Password</label>
        <input
          id={passwordId}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        {unlock.error ? (
          <p role="alert" className="demo-warning">
            {unlock.error.message}
          </p>
        ) : null}
        <div className="demo-unlock-buttons">
          <button type="submit" className="demo-button" disabled={unlock.isPending}>
            Unlock
          </button>
          <LogOutButton />
        </div>
      </form>
    </section>
  );
}
