import { isSessionError } from './core/SessionError';
import { signedOutSession } from './core/signedOut';
import { useSessionMutation } from './useSessionMutation';

/**
 * Logs out (`/app/logout`). Queries scoped to the user are removed, storage is cleared and the
 * other tabs sign out too. A session that had already ended (401) counts as logged out.
 *
 * @example
 * const logout = useLogout()
 * <button onClick={() => logout.mutate()}>Log out</button>
 */
export function useLogout() {
  return useSessionMutation<void>('useLogout', async (client, _variables, current) => {
    try {
      return await client.logout();
    } catch (error) {
      if (isSessionError(error) && error.kind === 'unauthorized')
        return signedOutSession(current?.app ?? null);
      throw error;
    }
  });
}
