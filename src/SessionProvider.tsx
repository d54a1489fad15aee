import {
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { LabelsContext } from './components/LabelsContext';
import type { Labels } from './components/labels';
import { createSessionClient, type SessionClient } from './core/client';
import { createSessionKeys } from './core/queryKeys';
import type { Session } from './core/schemas/model';
import { sessionQueryOptions } from './core/sessionQuery';
import { createSessionStore, type StorageOption } from './core/storage';
import type { SessionsClient } from './sessions/client';
import { SessionContext, type SessionContextValue } from './SessionContext';
import { usePollingLeader } from './usePollingLeader';
import { useSessionSync } from './useSessionSync';

export interface SessionProviderProps {
  children?: ReactNode;
  /** The API's base URL. Shortcut for `client={createSessionClient({ apiUrl })}`. */
  apiUrl?: string;
  /** A client from `createSessionClient`, for app keys, bearer JWTs, custom headers or `fetch`. */
  client?: SessionClient;
  /**
   * A client from `createSessionsClient`, for the active-sessions hooks and `<ActiveSessions>`.
   * Default: one sharing `client`'s transport (same API URL, credentials and bearer JWT).
   */
  sessionsClient?: SessionsClient;
  /** Default: the app's `QueryClientProvider` client, else one of the provider's own. */
  queryClient?: QueryClient;
  /**
   * Background refresh period in ms, or `false`. Default 5 minutes. One tab per browser polls (the
   * one last made visible, elected with a Web Lock); the others receive its session. Hidden tabs
   * do not poll.
   */
  refetchInterval?: number | false;
  /** Refresh when the window regains focus and the session is older than `staleTime`. Default `true`. */
  refetchOnWindowFocus?: boolean;
  /** How long (ms) a fetched session counts as fresh. Default 60 000. */
  staleTime?: number;
  /** Where the last good session is kept between loads. Default `'local'`. */
  storage?: StorageOption;
  /** Namespace of everything the kit stores, and of its cross-tab channel. Default `'react-session-kit'`. */
  storageKey?: string;
  /** A session you already have (e.g. rendered on the server): used instead of storage, as fresh. */
  initialSession?: Session;
  /** Text for the components (LoginForm, AlertBanner, …), e.g. a translation. Missing ones stay English. */
  labels?: Partial<Labels>;
}

const fiveMinutes = 5 * 60_000;

/**
 * Supplies the session to every hook and component below it, on TanStack Query.
 *
 * Props are read once, when the provider mounts (like `QueryClientProvider`), except the
 * refresh settings, which follow their props.
 *
 * @example
 * <SessionProvider apiUrl="https://api.example.com">
 *   <App />
 * </SessionProvider>
 */
export function SessionProvider(props: SessionProviderProps) {
  const appQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() =>
    (props.queryClient ?? appQueryClient) ? null : new QueryClient(),
  );
  const queryClient = props.queryClient ?? appQueryClient ?? ownQueryClient;
  if (!queryClient) throw new Error('SessionProvider lost its QueryClient');

  // Hydrating server HTML, the first render must match the server's, which had no storage.
  const hydrating = useSyncExternalStore(subscribeToNothing, notOnServer, onServer);
  const [parts] = useState(() => {
    const client = props.client ?? createSessionClient({ apiUrl: requireApiUrl(props.apiUrl) });
    const store = createSessionStore({
      storage: props.storage,
      storageKey: props.storageKey,
      keepJwt: client.transport.jwtTransport === 'bearer',
    });
    const stored = props.initialSession || hydrating ? null : store.read();
    const session = props.initialSession ?? stored?.session;
    if (session) sendStoredToken(client, session);
    return {
      readStorageAfterHydration: hydrating && !props.initialSession,
      client,
      sessionsClient: props.sessionsClient ?? null,
      store,
      keys: createSessionKeys(client.apiUrl),
      initial: () => (session ? { session, fresh: Boolean(props.initialSession) } : null),
    };
  });
  useEffect(() => {
    if (!parts.readStorageAfterHydration) return;
    const stored = parts.store.read();
    if (!stored || queryClient.getQueryData(parts.keys.session) !== undefined) return;
    sendStoredToken(parts.client, stored.session);
    // Stale (updatedAt 0), like any stored session: shown now, revalidated at once.
    queryClient.setQueryData(parts.keys.session, stored.session, { updatedAt: 0 });
  }, [parts, queryClient]);
  useSessionSync({ ...parts, queryClient });
  // A `queryClient` prop that no QueryClientProvider above holds is never mounted: TanStack would
  // then neither refetch on focus nor resume a session load paused offline. Mount it here.
  useEffect(() => {
    if (queryClient === appQueryClient || queryClient === ownQueryClient) return undefined;
    queryClient.mount();
    return () => queryClient.unmount();
  }, [queryClient, appQueryClient, ownQueryClient]);

  const { refetchOnWindowFocus = true, staleTime = 60_000 } = props;
  const polls = usePollingLeader(`${parts.store.key}:poll`);
  const refetchInterval = polls ? (props.refetchInterval ?? fiveMinutes) : false;
  const value = useMemo<SessionContextValue>(() => {
    const { client, sessionsClient, keys, store, initial } = parts;
    return {
      client,
      sessionsClient,
      keys,
      store,
      queryClient,
      sessionQuery: sessionQueryOptions({
        client,
        keys,
        queryClient,
        initial,
        settings: { refetchInterval, refetchOnWindowFocus, staleTime },
      }),
      async setSession(session) {
        await queryClient.cancelQueries({ queryKey: keys.session });
        queryClient.setQueryData(keys.session, session);
      },
    };
  }, [parts, queryClient, refetchInterval, refetchOnWindowFocus, staleTime]);

  const tree = (
    <SessionContext.Provider value={value}>
      <LabelsContext.Provider value={props.labels ?? null}>{props.children}</LabelsContext.Provider>
    </SessionContext.Provider>
  );
  return ownQueryClient ? (
    <QueryClientProvider client={ownQueryClient}>{tree}</QueryClientProvider>
  ) : (
    tree
  );
}

const subscribeToNothing = () => () => {};
const notOnServer = () => false;
const onServer = () => true;

/** A bearer deployment sends the JWT of the session it starts from with its first request. */
function sendStoredToken(client: SessionClient, session: Session): void {
  if (client.transport.jwtTransport === 'bearer' && session.jwt)
    client.transport.setToken(session.jwt);
}

function requireApiUrl(apiUrl: string | undefined): string {
  if (!apiUrl) throw new Error('<SessionProvider> needs an `apiUrl` or a `client`');
  return apiUrl;
}
