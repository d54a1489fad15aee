import { useCallback } from 'react';
import { hasAccess } from './core/access';
import type { Session } from './core/schemas/session';
import { useSession } from './useSession';

/**
 * Whether the session grants `requirement` (the API's rule: `"*"`, `feature`, `feature:letters`,
 * `,`/`;` lists as OR). `false` while loading. Re-renders only when the answer changes.
 *
 * This hides UI; it does not protect data. The server authorises every request.
 *
 * @example
 * const canInvite = useAccess('account-users:c')
 */
export function useAccess(requirement: string): boolean {
  const select = useCallback(
    (session: Session) => hasAccess(session.access, requirement),
    [requirement],
  );
  return useSession(select) ?? false;
}
