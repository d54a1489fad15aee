import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { SessionStatus } from '../core/schemas/session';
import { safeReturnTo, withReturnTo } from '../core/urls';
import { useAccess } from '../useAccess';
import { useSession } from '../useSession';
import { AccessDenied } from './AccessDenied';

/**
 * Why a gate denied: `unauthenticated` (not signed in to an account: signed out, choosing an
 * account or locked), `forbidden` (signed in without the access), `authenticated` (a
 * `when="signed-out"` gate and the user is signed in).
 */
export type DeniedReason = 'unauthenticated' | 'forbidden' | 'authenticated';

export interface RequireAccessProps {
  children?: ReactNode;
  /** An access requirement, same grammar as `useAccess` (`"payments:u"`, `"a, b:r"`). Implies signed in. */
  access?: string;
  /** Who gets through: signed-in users (default) or signed-out ones (for login pages). */
  when?: 'signed-in' | 'signed-out';
  /** Shown while the session is loading; neither the children nor `fallback` ever are. Default nothing. */
  loading?: ReactNode;
  /**
   * Shown when denied (also while a redirect is under way). Default: `<AccessDenied />` for a
   * signed-in user without the `access`, else nothing.
   */
  fallback?: ReactNode;
  /**
   * Where to send a user who is not signed in (or, with `when="signed-out"`, who is): a
   * same-origin path (anything else is ignored). A signed-in user who lacks `access` is never
   * sent there (a login page would send them straight back): they get `fallback`, or
   * `forbiddenRedirectTo`.
   */
  redirectTo?: string;
  /** Where to send a signed-in user who lacks `access`: a same-origin path, no `returnTo` added. */
  forbiddenRedirectTo?: string;
  /** Your router's navigate; default `window.location.assign`. */
  navigate?: (to: string) => void;
  /**
   * Added to `redirectTo` as `?returnTo=…` when it is a safe same-origin path (e.g. the current
   * path). Left out after a logout, so the next user to sign in does not land on this page.
   */
  returnTo?: string;
  /** Name of the `returnTo` query parameter. Default `'returnTo'`. */
  returnToParam?: string;
  /** Called once each time the gate turns to denied. */
  onDenied?: (reason: DeniedReason, status: SessionStatus) => void;
}

const defaultNavigate = (to: string) => window.location.assign(to);

/**
 * Renders its children only when the session allows it. UI only: it hides and redirects, it does
 * not protect data — the server must authorise every request.
 *
 * @example
 * <RequireAccess access="account-users:r" loading={<Spinner />} fallback={<NoAccess />}>
 *   <UserList />
 * </RequireAccess>
 * <RequireAccess redirectTo="/login" returnTo={location.pathname} navigate={navigate}>
 *   <Dashboard />
 * </RequireAccess>
 * <RequireAccess when="signed-out" redirectTo="/" navigate={navigate}>
 *   <LoginFlow />
 * </RequireAccess>
 */
export function RequireAccess({
  children,
  access,
  when = 'signed-in',
  loading = null,
  fallback,
  redirectTo,
  forbiddenRedirectTo,
  navigate,
  returnTo,
  returnToParam = 'returnTo',
  onDenied,
}: RequireAccessProps) {
  const { status, session } = useSession();
  const granted = useAccess(access ?? '*');
  const reason = deniedReason(status, when, access === undefined || granted);
  const loggedOut = useLoggedOut(status, session?.ended ?? false);
  const target =
    reason === 'forbidden'
      ? safeReturnTo(forbiddenRedirectTo)
      : redirectTo === undefined
        ? null
        : withReturnTo(redirectTo, loggedOut ? undefined : returnTo, returnToParam);

  const callbacks = useRef({ navigate, onDenied });
  useEffect(() => {
    callbacks.current = { navigate, onDenied };
  });
  useEffect(() => {
    if (reason === null || status === 'loading') return;
    callbacks.current.onDenied?.(reason, status);
    if (target !== null) (callbacks.current.navigate ?? defaultNavigate)(target);
  }, [reason, status, target]);

  // Fragments: React 18's types accept only an element or null from a component.
  if (status === 'loading') return <>{loading}</>;
  if (reason === null) return <>{children}</>;
  return (
    <>{fallback !== undefined ? fallback : reason === 'forbidden' ? <AccessDenied /> : null}</>
  );
}

/**
 * Whether the session just went from someone (signed in, choosing an account, locked) to signed
 * out without the server ending it: a logout, here or in another tab.
 */
function useLoggedOut(status: SessionStatus | 'loading', ended: boolean): boolean {
  const [previous, setPrevious] = useState(status);
  const [loggedOut, setLoggedOut] = useState(false);
  if (status !== previous) {
    setPrevious(status);
    setLoggedOut(status === 'unauthenticated' && !ended && previous !== 'loading');
  }
  return loggedOut;
}

function deniedReason(
  status: SessionStatus | 'loading',
  when: 'signed-in' | 'signed-out',
  granted: boolean,
): DeniedReason | null {
  if (status === 'loading') return null;
  const signedIn = status === 'authenticated';
  if (when === 'signed-out') return signedIn ? 'authenticated' : null;
  if (!signedIn) return 'unauthenticated';
  return granted ? null : 'forbidden';
}
