import { useQuery } from '@tanstack/react-query';
import { sessionRecordQueryOptions } from './queries';
import { useDeviceSessionsScope } from './useDeviceSessionsScope';

/**
 * One session (`GET /sessions/{id}`). A session that does not exist fails with
 * `error.kind === 'not_found'` (not retried). Waits while `id` is empty or nobody is signed in.
 *
 * @example
 * const { data: record } = useSessionRecord(sessionId)
 * record?.status // 'active' | 'revoked' | …
 */
export function useSessionRecord(id: string | null | undefined) {
  const scope = useDeviceSessionsScope('useSessionRecord');
  const { queryClient } = scope;
  const signedIn = scope.userId !== '';
  return useQuery(
    { ...sessionRecordQueryOptions(scope, id ?? ''), enabled: signedIn && Boolean(id) },
    queryClient,
  );
}
