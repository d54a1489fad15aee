import { useQuery } from '@tanstack/react-query';
import type { AccountChoices } from './core/schemas/accountChoices';
import type { SessionError } from './core/SessionError';
import { useSessionContext } from './SessionContext';
import { useSession } from './useSession';

/**
 * The accounts a signed-in user can switch to (`GET /user/change-account`), cached per user.
 *
 * @example
 * const { data } = useAccountChoices()
 */
export function useAccountChoices() {
  const { client, keys, queryClient } = useSessionContext('useAccountChoices');
  const userId = useSession((session) =>
    session.status === 'authenticated' ? session.user?.id : undefined,
  );
  return useQuery<AccountChoices, SessionError>(
    {
      queryKey: keys.accountChoices(userId ?? ''),
      queryFn: ({ signal }) => client.getAccountChoices({ signal }),
      enabled: userId !== undefined,
      staleTime: 60_000,
    },
    queryClient,
  );
}
