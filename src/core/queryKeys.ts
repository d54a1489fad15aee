/**
 * The query keys of the session API, from one builder. User- and account-scoped keys carry those
 * ids, so logout and account switch can remove exactly what they scope; features build their keys
 * under them (`react-session-kit/sessions`: `createDeviceSessionKeys`).
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
  };
}

export type SessionKeys = ReturnType<typeof createSessionKeys>;
