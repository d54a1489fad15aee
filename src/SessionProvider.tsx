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
import { createSessionEngine, type SessionEngineOptions } from './core/sessionEngine';
import type { StorageOption } from './core/storage';
import { SessionContext, type SessionContextValue } from './SessionContext';
import { useHydrating, useIsomorphicLayoutEffect } from './useHydrating';

export interface SessionProviderProps {
  children?: ReactNode;
  /** The API's base URL. Shortcut for `client={createSessionClient({ apiUrl })}`. */
  apiUrl?: string;
  /** A client from `createSessionClient`, for app keys, bearer JWTs, custom headers or `fetch`. */
  client?: SessionClient;
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
  /**
   * Namespace of everything the kit stores, and of its cross-tab channel, together with the API
   * URL (two apps on one origin never share a session). Default `'react-session-kit'`.
   */
  storageKey?: string;
  /** A stored session older than this (ms) is not shown. Default 7 days. */
  maxStoredAge?: number;
  /** The longest wait (ms) a `Retry-After` can impose on a session refresh. Default 60 000. */
  maxRetryAfter?: number;
  /**
   * A session you already have (e.g. `fetchSession` on the server): used instead of storage, as
   * fresh. A session that went through JSON (a Server Component's props) is fine.
   */
  initialSession?: SessionEngineOptions['initialSession'];
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
  const hydrating = useHydrating();
  const [engine] = useState(() =>
    createSessionEngine({
      client: props.client ?? createSessionClient({ apiUrl: requireApiUrl(props.apiUrl) }),
      queryClient,
      storage: props.storage,
      storageKey: props.storageKey,
      initialSession: props.initialSession,
      maxStoredAge: props.maxStoredAge,
      maxRetryAfter: props.maxRetryAfter,
      deferStorage: hydrating,
    }),
  );
  // Layout effects: the engine follows the cache before any child's query fetches, and the stored
  // session replaces the server's loading state in the commit after hydration, before a paint.
  useIsomorphicLayoutEffect(() => engine.start(), [engine]);
  useIsomorphicLayoutEffect(() => {
    if (hydrating) engine.restoreStored();
  }, [engine, hydrating]);
  // A `queryClient` prop that no QueryClientProvider above holds is never mounted: TanStack would
  // then neither refetch on focus nor resume a session load paused offline. Mount it here.
  useEffect(() => {
    if (queryClient === appQueryClient || queryClient === ownQueryClient) return undefined;
    queryClient.mount();
    return () => queryClient.unmount();
  }, [queryClient, appQueryClient, ownQueryClient]);

  const { refetchOnWindowFocus = true, staleTime = 60_000 } = props;
  const polls = useSyncExternalStore(engine.leader.subscribe, engine.leader.isLeader, onServer);
  const refetchInterval = polls ? (props.refetchInterval ?? fiveMinutes) : false;
  const value = useMemo<SessionContextValue>(
    () => ({
      client: engine.client,
      keys: engine.keys,
      store: engine.store,
      queryClient: engine.queryClient,
      sessionQuery: engine.queryOptions({ refetchInterval, refetchOnWindowFocus, staleTime }),
      setSession: engine.apply,
      restored: !hydrating,
    }),
    [engine, refetchInterval, refetchOnWindowFocus, staleTime, hydrating],
  );

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

const onServer = () => true;

function requireApiUrl(apiUrl: string | undefined): string {
  if (!apiUrl) throw new Error('<SessionProvider> needs an `apiUrl` or a `client`');
  return apiUrl;
}
