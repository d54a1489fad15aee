import { useSessionMutation } from './useSessionMutation';

/**
 * Switches a signed-in user to another account (`POST /user/change-account`). The new session
 * replaces the old one everywhere, and queries scoped to the old account are removed.
 *
 * @example
 * const change = useChangeAccount()
 * change.mutate('acc_2')
 */
export function useChangeAccount() {
  return useSessionMutation<string>('useChangeAccount', (client, accountId) =>
    client.changeAccount(accountId),
  );
}
