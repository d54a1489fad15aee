import { useMutation } from '@tanstack/react-query';
import type { ResetPasswordInput } from './core/client';
import type { SessionError } from './core/SessionError';
import { OneTimeSecret } from './core/OneTimeSecret';
import { withInput } from './useSessionMutation';
import { useSessionContext } from './SessionContext';

/**
 * Asks for a reset link (`POST /app/forgot-password`).
 *
 * @example
 * useForgotPassword().mutate('ada@example.com')
 */
export function useForgotPassword() {
  const { client, queryClient } = useSessionContext('useForgotPassword');
  return useMutation<void, SessionError, string>(
    {
      mutationFn: (email) => client.forgotPassword(email),
      networkMode: 'always',
    },
    queryClient,
  );
}

/** What the reset mutation keeps: the reset token and the passwords only as one-time secrets. */
export interface ResetPasswordVariables {
  token: OneTimeSecret;
  password: OneTimeSecret;
  confirm: OneTimeSecret;
}

/**
 * Sets a new password with the token from the reset link (`POST /app/reset-password`).
 *
 * @example
 * useResetPassword().mutate({ token, password, confirm })
 */
export function useResetPassword() {
  const { client, queryClient } = useSessionContext('useResetPassword');
  const mutation = useMutation<void, SessionError, ResetPasswordVariables>(
    {
      mutationFn: ({ token, password, confirm }) =>
        client.resetPassword({
          token: token.take(),
          password: password.take(),
          confirm: confirm.take(),
        }),
      networkMode: 'always',
    },
    queryClient,
  );
  return withInput(mutation, ({ token, password, confirm }: ResetPasswordInput) => ({
    token: new OneTimeSecret(token),
    password: new OneTimeSecret(password),
    confirm: new OneTimeSecret(confirm),
  }));
}
