import type { SessionClient } from './core/client';
import type { SessionKeys } from './core/queryKeys';
import { useSessionContext } from './SessionContext';

/**
 * The provider's session client, for calls the hooks do not cover.
 *
 * @example
 * const client = useSessionClient()
 */
export function useSessionClient(): SessionClient {
  return useSessionContext('useSessionClient').client;
}

/**
 * The kit's query keys. Put your own user- or account-scoped queries under
 * `keys.user(userId)` / `keys.account(userId, accountId)` and they are removed on logout or
 * account switch.
 *
 * @example
 * const keys = useSessionKeys()
 * useQuery({ queryKey: [...keys.account(user.id, account.id), 'invoices'], queryFn })
 */
export function useSessionKeys(): SessionKeys {
  return useSessionContext('useSessionKeys').keys;
}
