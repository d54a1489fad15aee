import type { SessionsFilter } from '../sessions/client';

/**
 * Every query key the kit uses, from one builder. User- and account-scoped keys carry those ids,
 * so logout and account switch can remove exactly what they scope.
 */
export function createSessionKeys(scope: string) {
  const all = ['react-session-kit', scope] as const;
  const user = (userId: string) => [...all, 'user', userId] as const;
  const account = (userId: string, accountId: string) =>
    [...user(userId), 'account', accountId] as const;
  return {
    all,
    session: [...all, 'session'] as const,
    loginAccounts: [...all, 'login-accounts'] as const,
    users: [...all, 'user'] as const,
    user,
    account,
    accountChoices: (userId: string) => [...user(userId), 'account-choices'] as const,
    dismissedAlerts: (userId: string) => [...user(userId), 'dismissed-alerts'] as const,
    /** Everything of the sessions API that the signed-in user `userId` has fetched. */
    sessions: (userId: string) => [...user(userId), 'sessions'] as const,
    sessionLists: (userId: string) => [...user(userId), 'sessions', 'list'] as const,
    sessionList: (userId: string, filter: SessionsFilter) =>
      [...user(userId), 'sessions', 'list', filter] as const,
    sessionRecord: (userId: string, sessionId: string) =>
      [...user(userId), 'sessions', 'record', sessionId] as const,
    /** The mutation key of every session revoke (for `useMutationState` / `isMutating`). */
    revokeSession: [...all, 'revoke-session'] as const,
    /** A template token; kept apart from `sessions` so refreshing a list never re-mints tokens. */
    sessionToken: (
      userId: string,
      sessionId: string,
      template: string,
      expiresInSeconds: number | null,
    ) => [...user(userId), 'session-token', sessionId, template, expiresInSeconds] as const,
  };
}

export type SessionKeys = ReturnType<typeof createSessionKeys>;
