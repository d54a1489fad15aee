import { useQuery } from '@tanstack/react-query';
import type { DeviceSessionsFilter } from './client';
import { deviceSessionsQueryOptions } from './queries';
import { useDeviceSessionsScope } from './useDeviceSessionsScope';

/**
 * One page of sessions (`GET /sessions?paginated=true`), newest first, as a TanStack query:
 * `data` is `{ data: SessionRecord[], totalCount }`. Without `userId` or `clientId` it lists the
 * signed-in user's sessions. Waits while nobody is signed in; scoped to the signed-in user, so
 * logout drops it. The previous page stays on screen while the next one loads.
 *
 * @example
 * const [offset, setOffset] = useState(0)
 * const { data, isPending } = useDeviceSessions({ status: 'active', limit: 10, offset })
 * data?.data.map((session) => session.latestActivity?.browserName)
 */
export function useDeviceSessions(filter: DeviceSessionsFilter = {}) {
  const scope = useDeviceSessionsScope('useDeviceSessions');
  const { queryClient } = scope;
  const signedIn = scope.userId !== '';
  const scoped =
    filter.userId === undefined && filter.clientId === undefined
      ? { ...filter, userId: scope.userId }
      : filter;
  return useQuery({ ...deviceSessionsQueryOptions(scope, scoped), enabled: signedIn }, queryClient);
}
