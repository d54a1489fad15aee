import type { QueryClient, QueryObserverOptions } from '@tanstack/query-core';
import type { SessionClient } from './client';
import type { SessionKeys } from './queryKeys';
import { isSessionError, type SessionError } from './SessionError';
import type { Session } from './schemas/session';
import { signedOutSession } from './signedOut';

export interface SessionQuerySettings {
  /** Milliseconds between background refreshes, or `false`. */
  refetchInterval: number | false;
  refetchOnWindowFocus: boolean;
  /** Milliseconds a fetched session counts as fresh (no refetch on focus or mount). */
  staleTime: number;
}

// An answer the kit cannot read is no verdict on the session: it is retried like a 5xx.
const retryableKinds = new Set([
  'network',
  'timeout',
  'server',
  'rate_limited',
  'invalid_response',
]);
const maxRetries = 3;
/** Default `maxRetryAfter`: the longest wait a `Retry-After` can impose, in ms. */
export const defaultMaxRetryAfter = 60_000;

/**
 * Back off 1 s, 2 s, 4 s … (at most 30 s), or as long as the server's `Retry-After` asks, up to
 * `maxRetryAfter` ms: one answer must not stop the session being revalidated for a day.
 */
export function retryDelay(
  attempt: number,
  error: SessionError,
  maxRetryAfter = defaultMaxRetryAfter,
): number {
  if (error.retryAfter !== undefined) return Math.min(error.retryAfter * 1000, maxRetryAfter);
  return Math.min(1000 * 2 ** attempt, 30_000);
}

export function shouldRetry(failureCount: number, error: SessionError): boolean {
  return failureCount < maxRetries && retryableKinds.has(error.kind);
}

/**
 * Whether a refresh that finds nobody signed in (a 401, or a signed-out answer) means the server
 * ended the session: someone was in it (a stored session counts), or it had already ended. A
 * logout never gets here: its answer is written to the cache directly.
 */
function endedSince(previous: Session | undefined): boolean {
  return previous !== undefined && (previous.status !== 'unauthenticated' || previous.ended);
}

/**
 * The one session query. A 401 is an answer, not a failure: the session becomes signed out and
 * nothing retries. The initial session makes the first render show it (no loading flash).
 */
export function sessionQueryOptions(options: {
  client: SessionClient;
  keys: SessionKeys;
  queryClient: QueryClient;
  settings: SessionQuerySettings;
  /** The session to render first (stored, or given by the app) and its time (0: revalidate now). */
  initial: { session: Session; at: number } | null;
  maxRetryAfter: number;
}): QueryObserverOptions<Session, SessionError, Session, Session, SessionKeys['session']> {
  const { client, keys, queryClient, settings, initial, maxRetryAfter } = options;
  return {
    queryKey: keys.session,
    // No `signal`: a refresh is never aborted half-way. A component unmounting (StrictMode's
    // double mount included) leaves it running for the next one, and an answer that arrives after
    // a newer session was put in place is dropped by TanStack's cancel, not lost mid-flight.
    queryFn: async () => {
      const previous = queryClient.getQueryData<Session>(keys.session);
      try {
        const session = await client.getSession();
        return session.status === 'unauthenticated' && endedSince(previous)
          ? { ...session, ended: true }
          : session;
      } catch (error) {
        if (isSessionError(error) && error.kind === 'unauthorized')
          return signedOutSession(previous?.app ?? null, endedSince(previous));
        throw error;
      }
    },
    initialData: initial?.session,
    // A stored session is shown at once but revalidated at once; a session the app hands in is fresh.
    initialDataUpdatedAt: initial?.at,
    staleTime: settings.staleTime,
    refetchInterval: settings.refetchInterval,
    refetchOnWindowFocus: settings.refetchOnWindowFocus,
    retry: shouldRetry,
    retryDelay: (attempt, error) => retryDelay(attempt, error, maxRetryAfter),
    // Without a session, a failed first load shows the login form; its components mounting must
    // not start the load again (TanStack's default), or the app flips back to loading for another
    // round of retries, and again after that: "Loading…" for ever while the server is down.
    retryOnMount: false,
  };
}
