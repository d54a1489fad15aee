import type { MutateOptions, UseMutationResult } from '@tanstack/react-query';

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
