import { useMemo } from 'react';
import { useSessionContext } from '../SessionContext';
import { useSession } from '../useSession';
import { createDeviceSessionKeys } from './keys';
import { useDeviceSessionsClient } from './useDeviceSessionsClient';

/**
 * What every sessions hook starts from: the client, the keys, the QueryClient and the signed-in
 * user, whose id scopes every key (`''` while nobody is signed in: the hooks wait then).
 */
export function useDeviceSessionsScope(hookName: string) {
  const { keys, queryClient } = useSessionContext(hookName);
  const sessions = useDeviceSessionsClient();
  const userId = useSession((session) => session.user?.id) ?? '';
  return useMemo(
    () => ({
      sessions,
      keys: createDeviceSessionKeys(keys),
      sessionKeys: keys,
      queryClient,
      userId,
    }),
    [sessions, keys, queryClient, userId],
  );
}
