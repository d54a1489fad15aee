import { useQuery } from '@tanstack/react-query';
import type { SessionError } from './core/SessionError';
import type { Session, SessionStatus } from './core/schemas/session';
import type { SessionAccount, SessionUser } from './core/schemas/entities';
import { signedOutSession } from './core/signedOut';
import { useSessionContext } from './SessionContext';
import { useHydrating } from './useHydrating';

/** A session whose user is signed in to an account. */
export type AuthenticatedSession = Session & {
  status: 'authenticated';
  account: SessionAccount;
  user: SessionUser;
};

interface SessionStateBase {
  /** The last failure of a refresh, while the last good session stays in place. */
  error: SessionError | null;
  isFetching: boolean;
  /** Fetches the session now. */
  refresh: () => Promise<void>;
}

/** `useSession()`: the session as a union keyed on `status`. */
export type SessionState = SessionStateBase &
  (
    | { status: 'loading'; session: null }
    | { status: Exclude<SessionStatus, 'authenticated'>; session: Session }
    | { status: 'authenticated'; session: AuthenticatedSession }
  );

/**
 * The session, its status and its refresh state. With a selector it returns just the selected
 * value (`undefined` while loading) and re-renders only when that value changes.
 *
 * Every component using it shares one query: any number of them cause one request per refresh.
 *
 * @example
 * const { status, session } = useSession()
 * if (status === 'authenticated') return <p>Hello {session.user.name}</p>
 * const name = useSession((session) => session.user?.name)
 */
export function useSession(): SessionState;
export function useSession<T>(selector: (session: Session) => T): T | undefined;
export function useSession<T>(selector?: (session: Session) => T): SessionState | T | undefined {
  const { sessionQuery, queryClient } = useSessionContext('useSession');
  // Hydrating, render what the server rendered (the provider's first data: `initialSession` or
  // nothing), whenever React hydrates this component.
  const hydrating = useHydrating();
  const { initialData } = sessionQuery;
  const serverSession = typeof initialData === 'function' ? undefined : initialData;
  // Two hooks in one body would break the rules of hooks if `selector` came and went; it is
  // fixed per call site, so one `useQuery` with an optional `select` does both forms.
  const query = useQuery<Session, SessionError, Session | T, typeof sessionQuery.queryKey>(
    {
      ...sessionQuery,
      select: selector,
    },
    queryClient,
  );
  if (hydrating && selector) return serverSession ? selector(serverSession) : undefined;
  if (selector) return query.data as T | undefined;
  return toState(
    hydrating ? serverSession : (query.data as Session | undefined),
    hydrating ? !serverSession : query.isPending && !query.isError,
    query.error,
    query.isFetching,
    async () => {
      await query.refetch();
    },
  );
}

function toState(
  data: Session | null | undefined,
  loading: boolean,
  error: SessionError | null,
  isFetching: boolean,
  refresh: () => Promise<void>,
): SessionState {
  const base = { error, isFetching, refresh };
  if (loading) return { ...base, status: 'loading', session: null };
  // No session could be fetched at all (server down on first load): nobody is signed in.
  const session = data ?? signedOutSession(null);
  return isAuthenticated(session)
    ? { ...base, status: 'authenticated', session }
    : {
        ...base,
        status: session.status === 'authenticated' ? 'unauthenticated' : session.status,
        session,
      };
}

/** True when the session is signed in to an account, and narrows it. */
export function isAuthenticated(
  session: Session | null | undefined,
): session is AuthenticatedSession {
  return session?.status === 'authenticated' && session.account !== null && session.user !== null;
}
