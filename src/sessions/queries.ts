import { keepPreviousData, queryOptions, type Query } from '@tanstack/react-query';
import type { SessionKeys } from '../core/queryKeys';
import { retryDelay, shouldRetry } from '../core/sessionQuery';
import type { SessionError } from '../core/SessionError';
import { checkTokenSeconds, type SessionsClient, type SessionsFilter } from './client';
import type { SessionPage, SessionRecord } from './schemas';
import { isSessionToken, SessionToken } from './sessionToken';

/** Sessions lists count as fresh this long (ms); revoking one refetches them anyway. */
const listStaleTime = 30_000;
/** A refresh timer never fires more often than this, whatever the token says (ms). */
const minRefreshIntervalMs = 1_000;

interface Scope {
  sessions: SessionsClient;
  keys: SessionKeys;
  /** The signed-in user: every key is scoped to them, so logout and user switch drop it. */
  userId: string;
}

/**
 * `GET /sessions?paginated=true` for `filter`, newest first. The previous page stays on screen
 * while the next one loads.
 */
export function sessionsQueryOptions({ sessions, keys, userId }: Scope, filter: SessionsFilter) {
  return queryOptions<
    SessionPage,
    SessionError,
    SessionPage,
    ReturnType<SessionKeys['sessionList']>
  >({
    queryKey: keys.sessionList(userId, filter),
    queryFn: ({ signal }) => sessions.listPage(filter, { signal }),
    placeholderData: keepPreviousData,
    staleTime: listStaleTime,
    retry: shouldRetry,
    retryDelay,
  });
}

/** `GET /sessions/{id}`. */
export function sessionRecordQueryOptions({ sessions, keys, userId }: Scope, sessionId: string) {
  return queryOptions<
    SessionRecord,
    SessionError,
    SessionRecord,
    ReturnType<SessionKeys['sessionRecord']>
  >({
    queryKey: keys.sessionRecord(userId, sessionId),
    queryFn: ({ signal }) => sessions.get(sessionId, { signal }),
    staleTime: listStaleTime,
    retry: shouldRetry,
    retryDelay,
  });
}

type TokenQuery = Query<
  SessionToken,
  SessionError,
  SessionToken,
  ReturnType<SessionKeys['sessionToken']>
>;

/** Fresh until `refreshAt`; anything that is not a `SessionToken` is stale at once. */
function tokenStaleTime(query: Pick<TokenQuery, 'state'>): number {
  const { data, dataUpdatedAt } = query.state;
  return isSessionToken(data) ? Math.max(0, data.refreshAt - dataUpdatedAt) : 0;
}

/** The timer that fetches the next token ahead of expiry, while the hook is mounted. */
function tokenRefetchInterval(query: Pick<TokenQuery, 'state'>, now = Date.now()): number | false {
  const { data } = query.state;
  return isSessionToken(data) ? Math.max(minRefreshIntervalMs, data.refreshAt - now) : false;
}

/**
 * `POST /sessions/{id}/tokens/{template}` as a query: one request for any number of concurrent
 * callers (one key per session, template and lifetime), cached until shortly before `exp`,
 * refetched ahead of it, retried like the session query.
 */
export function sessionTokenQueryOptions(
  { sessions, keys, userId }: Scope,
  sessionId: string,
  template: string,
  expiresInSeconds: number | undefined,
) {
  return queryOptions<
    SessionToken,
    SessionError,
    SessionToken,
    ReturnType<SessionKeys['sessionToken']>
  >({
    queryKey: keys.sessionToken(userId, sessionId, template, expiresInSeconds ?? null),
    queryFn: async ({ signal }) => {
      if (expiresInSeconds !== undefined) checkTokenSeconds(expiresInSeconds);
      const jwt = await sessions.createToken(sessionId, template, { expiresInSeconds }, { signal });
      return new SessionToken(jwt, template, Date.now());
    },
    staleTime: tokenStaleTime,
    refetchInterval: (query) => tokenRefetchInterval(query),
    // A class instance: nothing to share structurally, and a new token is always new.
    structuralSharing: false,
    retry: shouldRetry,
    retryDelay,
  });
}
