import { useQuery } from '@tanstack/react-query';
import { sessionRecordQueryOptions } from './queries';
import { useSessionContext } from '../SessionContext';
import { useDeviceSessionKeys } from './useDeviceSessionKeys';
import { useDeviceSessionsClient } from './useDeviceSessionsClient';
import { useSession } from '../useSession';

/**
 * One session (`GET /sessions/{id}`). A session that does not exist fails with
 * `error.kind === 'not_found'` (not retried). Waits while `id` is empty or nobody is signed in.
 *
 * @example
 * const { data: record } = useSessionRecord(sessionId)
 * record?.status // 'active' | 'revoked' | …
 */
export function useSessionRecord(id: string | null | undefined) {
  const { queryClient } = useSessionContext('useSessionRecord');
  const keys = useDeviceSessionKeys();
  const sessionsClient = useDeviceSessionsClient();
  const userId = useSession((session) => session.user?.id);
  return useQuery(
    {
      ...sessionRecordQueryOptions(
        { sessions: sessionsClient, keys, userId: userId ?? '' },
        id ?? '',
      ),
      enabled: userId !== undefined && Boolean(id),
    },
    queryClient,
  );
}
