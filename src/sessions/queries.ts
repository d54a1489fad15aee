import { keepPreviousData, queryOptions, type Query } from '@tanstack/react-query';
import { retryDelay, shouldRetry } from '../core/sessionQuery';
import type { SessionError } from '../core/SessionError';
import { checkTokenSeconds, type DeviceSessionsClient, type DeviceSessionsFilter } from './client';
import type { DeviceSessionKeys } from './keys';
import type { SessionPage, SessionRecord } from './schemas';
import { isSessionToken, SessionToken } from './sessionToken';

/** Sessions lists count as fresh this long (ms); revoking one refetches them anyway. */
const listStaleTime = 30_000;
/** A refresh timer never fires more often than this, whatever the token says (ms). */
const minRefreshIntervalMs = 1_000;

interface Scope {
  sessions: DeviceSessionsClient;
  keys: DeviceSessionKeys;
  /** The signed-in user: every key is scoped to them, so logout and user switch drop it. */
  userId: string;
}

/**
 * `GET /sessions?paginated=true` for `filter`, newest first. The previous page stays on screen
 * while the next one loads.
 */
export function deviceSessionsQueryOptions(
  { sessions, keys, userId }: Scope,
  filter: DeviceSessionsFilter,
) {
  return queryOptions<
    SessionPage,
    SessionError,
    SessionPage,
    ReturnType<DeviceSessionKeys['list']>
  >({
    queryKey: keys.list(userId, filter),
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
    ReturnType<DeviceSessionKeys['record']>
  >({
    queryKey: keys.record(userId, sessionId),
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
  ReturnType<DeviceSessionKeys['token']>
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
    ReturnType<DeviceSessionKeys['token']>
  >({
    queryKey: keys.token(userId, sessionId, template, expiresInSeconds ?? null),
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
