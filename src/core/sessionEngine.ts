import type { QueryClient, QueryObserverOptions } from '@tanstack/query-core';
import * as z from 'zod/mini';
import { createSessionChannel } from './broadcast';
import type { SessionClient } from './client';
import { createPollingLeader, type PollingLeader } from './pollingLeader';
import { createSessionKeys, type SessionKeys } from './queryKeys';
import { queryKeyEquals } from './queryKeyEquals';
import { sessionSchema, type Session } from './schemas/session';
import type { SessionError } from './SessionError';
import {
  defaultMaxRetryAfter,
  sessionQueryOptions,
  type SessionQuerySettings,
} from './sessionQuery';
import { createSessionStore, type SessionStore, type StorageOption } from './storage';

export interface SessionEngineOptions {
  client: SessionClient;
  queryClient: QueryClient;
  storage?: StorageOption | undefined;
  storageKey?: string | undefined;
  /** A session the app already has (server-rendered, or through JSON): shown at once, as fresh. */
  initialSession?: z.input<typeof sessionSchema> | undefined;
  /** Milliseconds after which a stored session is not shown. Default a week. */
  maxStoredAge?: number | undefined;
  /** The longest wait (ms) a `Retry-After` can impose on a refresh. Default 60 s. */
  maxRetryAfter?: number | undefined;
  /**
   * Leave the stored session out of the first data until `restoreStored()`: hydrating server
   * HTML, which had no storage, must first render what the server rendered.
   */
  deferStorage?: boolean | undefined;
}

export type SessionQueryOptions = QueryObserverOptions<
  Session,
  SessionError,
  Session,
  Session,
  SessionKeys['session']
>;

/** The session's life, framework-free: what `<SessionProvider>` adapts to React. */
export interface SessionEngine {
  readonly client: SessionClient;
  readonly keys: SessionKeys;
  readonly store: SessionStore;
  readonly queryClient: QueryClient;
  readonly leader: PollingLeader;
  /** The one session query, for `useQuery` / a `QueryObserver`. */
  queryOptions(settings: SessionQuerySettings): SessionQueryOptions;
  /** Puts a session answer in place: an older refresh still in flight can no longer overwrite it. */
  apply(session: Session): Promise<void>;
  /** Shows the stored session after hydration (see `deferStorage`); revalidated at once. */
  restoreStored(): void;
  /** Starts following the cache, the other tabs, `X-Session-Status` and polling leadership. */
  start(): () => void;
}

/** Where a session being put in the cache came from: what of its effects it still needs. */
type Origin = 'here' | 'other-tab' | 'storage';

/**
 * Owns the session's life. Every new session — a refresh, a login or logout answer, another tab's
 * session, the stored one — lands in the query cache, and one function, `commit`, carries it to
 * the transport's token, storage, the other tabs and the queries scoped to the previous user.
 */
export function createSessionEngine(options: SessionEngineOptions): SessionEngine {
  const { client, queryClient } = options;
  const api = client.apiUrl;
  const bearer = client.transport.jwtTransport === 'bearer';
  const keys = createSessionKeys(api);
  const store = createSessionStore({
    apiUrl: api,
    storage: options.storage,
    storageKey: options.storageKey,
    maxAge: options.maxStoredAge,
    keepJwt: bearer,
  });
  const leader = createPollingLeader(`${store.namespace}:poll`);
  const maxRetryAfter = options.maxRetryAfter ?? defaultMaxRetryAfter;

  // Cookie mode: the JWT stays in its HttpOnly cookie, whatever a stored or handed-in session holds.
  const own = (session: Session): Session => (bearer ? session : { ...session, jwt: null });
  const sendTokenOf = (session: Session) => {
    if (bearer)
      client.transport.setToken(session.status === 'unauthenticated' ? null : session.jwt);
  };

  // `initialSession` may have been through JSON (a Server Component's props): parse it; a value
  // that is no session throws the schema's error at once.
  const given = options.initialSession ? own(sessionSchema.parse(options.initialSession)) : null;
  const stored = given ? null : store.read();
  const initial = given
    ? { session: given, at: Date.now() }
    : stored && !options.deferStorage
      ? { session: own(stored.session), at: 0 }
      : null;
  // Even while hydration defers showing it, the first refresh must carry the stored token.
  const starting = given ?? stored?.session;
  if (starting) sendTokenOf(starting);

  let origin: Origin = 'here';
  const putFrom = (from: Origin, session: Session, updatedAt?: number) => {
    origin = from;
    try {
      queryClient.setQueryData(keys.session, session, { updatedAt });
    } finally {
      origin = 'here';
    }
  };
  let previous: Session | undefined;
  let post: (session: Session, at: number) => void = () => {};

  function commit(session: Session, at: number, from: Origin) {
    sendTokenOf(session);
    dropScopedQueries(queryClient, keys, previous, session);
    previous = session;
    if (session.status === 'unauthenticated') store.clear();
    else if (from !== 'storage') store.write(session, at);
    if (from === 'here') post(session, at);
  }

  return {
    client,
    keys,
    store,
    queryClient,
    leader,
    queryOptions: (settings) =>
      sessionQueryOptions({ client, keys, queryClient, settings, initial, maxRetryAfter }),
    async apply(session) {
      await queryClient.cancelQueries({ queryKey: keys.session });
      queryClient.setQueryData(keys.session, session);
    },
    restoreStored() {
      const restored = store.read();
      if (!restored || queryClient.getQueryData(keys.session) !== undefined) return;
      putFrom('storage', own(restored.session), 0);
    },
    start() {
      previous = queryClient.getQueryData<Session>(keys.session);
      const channel = createSessionChannel(store, api);
      post = channel.post;

      const stopCache = queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        if (!queryKeyEquals(event.query.queryKey, keys.session)) return;
        const session = queryClient.getQueryData<Session>(keys.session);
        if (session) commit(session, event.query.state.dataUpdatedAt, origin);
      });

      const stopChannel = channel.subscribe((message, at) => {
        const isNewer = () => at > (queryClient.getQueryState(keys.session)?.dataUpdatedAt ?? -1);
        if (!isNewer()) return;
        void queryClient.cancelQueries({ queryKey: keys.session }).then(() => {
          if (isNewer()) putFrom('other-tab', own(message), at);
        });
      });

      const stopStatus = client.transport.onSessionStatus((status, { carriesSession }) => {
        if (carriesSession) return; // that answer is itself the new session
        const current = queryClient.getQueryData<Session>(keys.session);
        if (status === 'stale' || (status === 'auth' && current?.status === 'authenticated')) {
          void queryClient.invalidateQueries({ queryKey: keys.session }, { cancelRefetch: false });
        }
      });

      const stopLeader = leader.start();
      return () => {
        stopCache();
        stopChannel();
        stopStatus();
        stopLeader();
        channel.close();
        post = () => {};
      };
    },
  };
}

function dropScopedQueries(
  queryClient: QueryClient,
  keys: SessionKeys,
  previous: Session | undefined,
  next: Session,
): void {
  const user = previous?.user;
  if (!user) return;
  if (next.user?.id !== user.id) {
    queryClient.removeQueries({ queryKey: keys.user(user.id) });
  } else if (previous.account && next.account?.id !== previous.account.id) {
    queryClient.removeQueries({ queryKey: keys.account(user.id, previous.account.id) });
  }
}
