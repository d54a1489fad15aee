import { useCallback, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sessionTokenQueryOptions } from './queries';
import { isSessionToken } from './sessionToken';
import { useCurrentSessionId } from './useCurrentSessionId';
import { useDeviceSessionsScope } from './useDeviceSessionsScope';

export interface UseSessionTokenOptions {
  /** Lifetime of the token, 30–315360000 seconds. Default: the template's own. */
  expiresInSeconds?: number;
  /** The session to mint for. Default: this device's (`sid` of the session JWT). */
  sessionId?: string | null;
  /** Set `false` to fetch only through `getToken()`. Default `true`. */
  enabled?: boolean;
}

export interface GetTokenOptions {
  /** Fetch a new token even if the cached one is still fresh. */
  forceRefresh?: boolean;
}

/**
 * A JWT from a JWT template (`POST /sessions/{id}/tokens/{template}`) for this device's session,
 * e.g. to call a third-party API. Any number of callers share one request and one cached token;
 * it is served from memory until shortly before its `exp` (min(30 s, a quarter of its lifetime)
 * ahead) and refetched ahead of expiry while the hook is mounted. It is never written to
 * storage: the cache holds it in a private field that serialises as `"[redacted]"`.
 *
 * `getToken()` resolves a token that is valid now (fetching one if needed), or `null` while
 * nobody is signed in or no session id is known. Use it right before each request.
 *
 * @example
 * const { getToken } = useSessionToken('supabase', { expiresInSeconds: 60 })
 * const jwt = await getToken()
 * await fetch(url, { headers: { Authorization: `Bearer ${jwt}` } })
 */
export function useSessionToken(template: string, options: UseSessionTokenOptions = {}) {
  const scope = useDeviceSessionsScope('useSessionToken');
  const { queryClient } = scope;
  const signedIn = scope.userId !== '';
  const jwtSessionId = useCurrentSessionId();
  const sessionId = options.sessionId ?? jwtSessionId;
  const { expiresInSeconds, enabled = true } = options;

  const ready = signedIn && Boolean(sessionId);
  const tokenQuery = useMemo(
    () => sessionTokenQueryOptions(scope, sessionId ?? '', template, expiresInSeconds),
    [scope, sessionId, template, expiresInSeconds],
  );
  const query = useQuery({ ...tokenQuery, enabled: enabled && ready }, queryClient);

  const getToken = useCallback(
    async ({ forceRefresh = false }: GetTokenOptions = {}): Promise<string | null> => {
      if (!ready) return null;
      const token = await queryClient.fetchQuery(
        forceRefresh ? { ...tokenQuery, staleTime: 0 } : tokenQuery,
      );
      return token.jwt;
    },
    [queryClient, tokenQuery, ready],
  );
  const token = isSessionToken(query.data) ? query.data : null;

  return {
    /** The cached JWT, once fetched. Prefer `getToken()` right before a request. */
    token: token?.jwt ?? null,
    /** Local time (ms) the cached token expires. */
    expiresAt: token?.expiresAt ?? null,
    status: query.status,
    error: query.error,
    isFetching: query.isFetching,
    getToken,
  };
}
