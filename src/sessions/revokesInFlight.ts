import type { QueryClient } from '@tanstack/react-query';

// How many revoke requests are on the network, per QueryClient. A mutation stays `pending` through
// its own callbacks, so `isMutating()` cannot tell "the last answer is in" when several answers
// land together; this count can. Coordination only: no session data lives here.
const counts = new WeakMap<QueryClient, number>();

/** Runs `request`, counted as in flight until it settles. */
export async function trackRevoke<T>(
  queryClient: QueryClient,
  request: () => Promise<T>,
): Promise<T> {
  counts.set(queryClient, (counts.get(queryClient) ?? 0) + 1);
  try {
    return await request();
  } finally {
    counts.set(queryClient, (counts.get(queryClient) ?? 1) - 1);
  }
}

/** True when no revoke request of `queryClient` is waiting for its answer. */
export function noRevokeInFlight(queryClient: QueryClient): boolean {
  return (counts.get(queryClient) ?? 0) === 0;
}
