import { useMutation, type MutateOptions, type UseMutationResult } from '@tanstack/react-query';
import type { SessionClient } from './core/client';
import type { SessionError } from './core/SessionError';
import type { Session } from './core/schemas/session';
import { useSessionContext } from './SessionContext';

/**
 * A call whose answer is the new session: the answer replaces the cached session (and so storage
 * and the other tabs follow). All of them run one at a time, in order, so a late answer to an
 * older call cannot overwrite a newer one. Never retried, never paused offline.
 */
export function useSessionMutation<TVariables>(
  hookName: string,
  call: (
    client: SessionClient,
    variables: TVariables,
    current: Session | undefined,
  ) => Promise<Session>,
) {
  const { client, keys, queryClient, setSession } = useSessionContext(hookName);
  return useMutation<Session, SessionError, TVariables>(
    {
      mutationFn: (variables) =>
        call(client, variables, queryClient.getQueryData<Session>(keys.session)),
      onSuccess: (session) => setSession(session),
      networkMode: 'always',
      retry: false,
      scope: { id: 'react-session-kit/session' },
    },
    queryClient,
  );
}

/** A mutation whose `mutate` takes `TInput` and turns it into the variables it keeps. */
export function withInput<TData, TError, TVariables, TInput>(
  mutation: UseMutationResult<TData, TError, TVariables>,
  toVariables: (input: TInput) => TVariables,
) {
  return {
    ...mutation,
    mutate: (input: TInput, options?: MutateOptions<TData, TError, TVariables>) =>
      mutation.mutate(toVariables(input), options),
    mutateAsync: (input: TInput, options?: MutateOptions<TData, TError, TVariables>) =>
      mutation.mutateAsync(toVariables(input), options),
  };
}
