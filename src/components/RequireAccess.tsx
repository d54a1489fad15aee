import { useEffect, useRef, type ReactNode } from 'react';
import type { SessionStatus } from '../core/schemas/model';
import { withReturnTo } from '../logic/withReturnTo';
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
  /** Where to send a denied user: a same-origin path (anything else is ignored). */
  redirectTo?: string;
  /** Your router's navigate; default `window.location.assign`. */
  navigate?: (to: string) => void;
  /** Added to `redirectTo` as `?returnTo=…` when it is a safe same-origin path (e.g. the current path). */
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
  navigate,
  returnTo,
  returnToParam = 'returnTo',
  onDenied,
}: RequireAccessProps) {
  const { status } = useSession();
  const granted = useAccess(access ?? '*');
  const reason = deniedReason(status, when, access === undefined || granted);
  const target =
    redirectTo === undefined ? null : withReturnTo(redirectTo, returnTo, returnToParam);

  const callbacks = useRef({ navigate, onDenied });
  useEffect(() => {
    callbacks.current = { navigate, onDenied };
  });
  useEffect(() => {
    if (reason === null || status === 'loading') return;
    callbacks.current.onDenied?.(reason, status);
    if (target !== null) (callbacks.current.navigate ?? defaultNavigate)(target);
  }, [reason, status, target]);

  if (status === 'loading') return <>{loading}</>;
  if (reason === null) return <>{children}</>;
  return (
    <>{fallback !== undefined ? fallback : reason === 'forbidden' ? <AccessDenied /> : null}</>
  );
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
