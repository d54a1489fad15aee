import type { SessionKeys } from '../core/queryKeys';
import type { DeviceSessionsFilter } from './client';

/**
 * The query keys of the sessions API, under the core's user scope (`keys.user(userId)`), so logout
 * and a user switch remove them with everything else the user fetched.
 *
 * @example
 * const sessionKeys = createDeviceSessionKeys(useSessionKeys())
 * queryClient.invalidateQueries({ queryKey: sessionKeys.all(userId) })
 */
export function createDeviceSessionKeys(keys: Pick<SessionKeys, 'all' | 'user'>) {
  const all = (userId: string) => [...keys.user(userId), 'sessions'] as const;
  return {
    /** Everything of the sessions API that the signed-in user `userId` has fetched. */
    all,
    lists: (userId: string) => [...all(userId), 'list'] as const,
    list: (userId: string, filter: DeviceSessionsFilter) =>
      [...all(userId), 'list', filter] as const,
    record: (userId: string, sessionId: string) => [...all(userId), 'record', sessionId] as const,
    /** The mutation key of every session revoke (for `useMutationState` / `isMutating`). */
    revoke: [...keys.all, 'revoke-session'] as const,
    /** A template token; kept apart from `all` so refreshing a list never re-mints tokens. */
    token: (userId: string, sessionId: string, template: string, expiresInSeconds: number | null) =>
      [...keys.user(userId), 'session-token', sessionId, template, expiresInSeconds] as const,
  };
}

export type DeviceSessionKeys = ReturnType<typeof createDeviceSessionKeys>;
