import { useMutation } from '@tanstack/react-query';
import { isSessionError, type SessionError } from '../core/SessionError';
import { cachedStatus, patchCachedSession } from './optimistic';
import { noRevokeInFlight, trackRevoke } from './revokesInFlight';
import type { SessionRecord, SessionRecordStatusValue } from './schemas';
import { useCurrentSessionId } from './useCurrentSessionId';
import { useDeviceSessionsScope } from './useDeviceSessionsScope';
import { useLogout } from '../useLogout';

export interface RevokeSessionOptions {
  /** This device's session id, when the session JWT cannot be read (cookie deployments). */
  currentSessionId?: string | null;
}

export interface RevokeSessionResult {
  id: string;
  /** The revoked session as the server answered; `null` when it was already gone (404). */
  record: SessionRecord | null;
  /** The session was this device's: the user has been logged out. */
  signedOut: boolean;
}

interface RevokeContext {
  previous: SessionRecordStatusValue | undefined;
}

/**
 * Revokes a session (`POST /sessions/{id}/revoke`). Optimistic: cached lists and the record
 * show it `revoked` at once and go back if the server refuses. A 404 (another tab or device
 * revoked it first) counts as done. Revoking this device's own session logs out, like
 * `useLogout`. Several revokes may run at once; lists are refetched after the last one.
 *
 * @example
 * const revoke = useRevokeSession()
 * <button onClick={() => revoke.mutate(session.id)} disabled={revoke.isPending}>Sign out</button>
 */
export function useRevokeSession(options: RevokeSessionOptions = {}) {
  // userId: '' while nobody is signed in.
  const {
    sessions: sessionsClient,
    keys,
    sessionKeys,
    queryClient,
    userId,
  } = useDeviceSessionsScope('useRevokeSession');
  const jwtSessionId = useCurrentSessionId();
  const currentSessionId = options.currentSessionId ?? jwtSessionId;
  const logout = useLogout();

  return useMutation<RevokeSessionResult, SessionError, string, RevokeContext>(
    {
      mutationKey: keys.revoke,
      mutationFn: async (id) => {
        const record = await trackRevoke(queryClient, async () => {
          try {
            return await sessionsClient.revoke(id);
          } catch (error) {
            if (isSessionError(error) && error.kind === 'not_found') return null;
            throw error;
          }
        });
        const signedOut = id === currentSessionId;
        if (signedOut) {
          // The server has ended it either way; if logging out fails, the next refresh gets a 401.
          await logout
            .mutateAsync()
            .catch(() => queryClient.invalidateQueries({ queryKey: sessionKeys.session }));
        }
        return { id, record, signedOut };
      },
      onMutate: async (id) => {
        if (!userId) return { previous: undefined };
        await queryClient.cancelQueries({ queryKey: keys.all(userId) });
        const previous = cachedStatus(queryClient, keys, userId, id);
        patchCachedSession(queryClient, keys, userId, id, (record) => ({
          ...record,
          status: 'revoked',
        }));
        return { previous };
      },
      onError: (_error, id, context) => {
        const previous = context?.previous;
        if (!userId || previous === undefined) return;
        patchCachedSession(queryClient, keys, userId, id, (record) =>
          record.status === 'revoked' ? { ...record, status: previous } : record,
        );
      },
      onSuccess: ({ id, record }) => {
        if (userId && record) patchCachedSession(queryClient, keys, userId, id, () => record);
      },
      onSettled: async () => {
        // Refetch once the last of several concurrent revokes has its answer, so no list fetched in
        // between can undo a later one; revokes settling together share that one refetch.
        if (!userId || !noRevokeInFlight(queryClient)) return;
        await queryClient.invalidateQueries(
          { queryKey: keys.all(userId) },
          { cancelRefetch: false },
        );
      },
      retry: false,
    },
    queryClient,
  );
}
