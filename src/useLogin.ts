import type { Credentials } from './core/client';
import { OneTimeSecret } from './core/OneTimeSecret';
import { useSessionMutation, withInput } from './useSessionMutation';

/** What the login mutation keeps as its variables: the password only as a one-time secret. */
export interface LoginVariables {
  username: string;
  password: OneTimeSecret;
}

/**
 * Logs in (`POST /app/login`). The answer is either signed in (`status: 'authenticated'`) or the
 * account choice (`status: 'select_account'`, see `useSelectAccount`). The password is never
 * stored: not in the mutation cache, not in storage, and it is not kept for a retry.
 *
 * @example
 * const login = useLogin()
 * login.mutate({ username, password }, { onSuccess: (session) => … })
 */
export function useLogin() {
  const mutation = useSessionMutation<LoginVariables>(
    'useLogin',
    (client, { username, password }) => client.login({ username, password: password.take() }),
  );
  return withInput(mutation, ({ username, password }: Credentials) => ({
    username,
    password: new OneTimeSecret(password),
  }));
}
