import { useQuery } from '@tanstack/react-query';
import type { AccountChoices } from './core/schemas/accountChoices';
import type { Session } from './core/schemas/session';
import type { SessionError } from './core/SessionError';
import { useSessionContext } from './SessionContext';

/**
 * The accounts to choose from during a multi-account login. Taken from the login answer when
 * there is one, else fetched (`GET /app/login-account`) — for an account page of its own.
 *
 * @example
 * const { data } = useLoginAccounts()
 * data?.accounts.map(({ id, title }) => <option key={id} value={id}>{title}</option>)
 */
export function useLoginAccounts(options: { enabled?: boolean } = {}) {
  const { client, keys, queryClient } = useSessionContext('useLoginAccounts');
  return useQuery<AccountChoices, SessionError>(
    {
      queryKey: keys.loginAccounts,
      queryFn: ({ signal }) => client.getLoginAccounts({ signal }),
      initialData: () =>
        queryClient.getQueryData<Session>(keys.session)?.accountChoices ?? undefined,
      enabled: options.enabled ?? true,
      staleTime: 30_000,
      retry: false,
    },
    queryClient,
  );
}
