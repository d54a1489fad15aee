import { useSessionMutation } from './useSessionMutation';

/**
 * Completes a multi-account login with the chosen account (`POST /app/login-account`).
 * Posting `session.accountChoices.lastLogin` straight back skips the choice.
 *
 * @example
 * const select = useSelectAccount()
 * select.mutate(accountId)
 */
export function useSelectAccount() {
  return useSessionMutation<string>('useSelectAccount', (client, accountId) =>
    client.selectAccount(accountId),
  );
}
