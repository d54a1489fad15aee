import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { Labels } from '../components/labels';
import { createSessionClient } from '../core/client';
import { SessionProvider } from '../SessionProvider';
import { useSession } from '../useSession';
import { toPreset, type MockSessionInput, type SessionPreset } from './presets';
import { createMockSessionServer, type MockSessionHandlers } from './server';

export interface MockSessionProviderProps {
  children?: ReactNode;
  /**
   * The session: a `Session` (`createTestSession(…)`), a preset or a preset's name
   * (`'restricted'`). Default `'fullAccess'`. A new value later on is what the server says at the
   * next refresh, which follows at once.
   */
  session?: MockSessionInput;
  /** `'loading'`: the session never arrives (the same as `session="loading"`). */
  status?: 'loading';
  /** The user's accounts, for the account switcher. Default: the preset's, else the session's. */
  accounts?: SessionPreset['accounts'];
  /** Called with each mutation; return a session to answer with, throw a `SessionError` to fail. */
  handlers?: MockSessionHandlers;
  /** Presets `session` may name. Default `sessionPresets`. */
  presets?: Readonly<Record<string, SessionPreset>>;
  labels?: Partial<Labels>;
  /** Default: the app's `QueryClientProvider` client, else one of its own (as `SessionProvider`). */
  queryClient?: QueryClient;
}

let mounted = 0;

/**
 * The real `<SessionProvider>` on an in-memory server: every hook and component of the kit works
 * under it, no request leaves the page, and logins, account switches, locks, logouts and revokes
 * change the session as the server would (or as `handlers` say). Nothing is stored and nothing
 * polls. Like `SessionProvider`, it reads its props when it mounts; give it a `key` to start over.
 *
 * @example
 * <MockSessionProvider session="restricted">
 *   <ReportsPage />
 * </MockSessionProvider>
 */
export function MockSessionProvider(props: MockSessionProviderProps) {
  const input = props.status ?? props.session ?? 'fullAccess';
  const [parts] = useState(() => {
    mounted += 1;
    // A scope of its own: no other mock shares its cached session, storage or tab channel.
    const apiUrl = `https://session.mock.invalid/${mounted}`;
    const preset = withAccounts(toPreset(input, props.presets), props.accounts);
    const server = createMockSessionServer(apiUrl, preset, props.handlers);
    // A session with a JWT is a bearer deployment's: the page keeps it, as it would live.
    const bearer = preset.session !== 'loading' && preset.session.jwt !== null;
    const client = createSessionClient({
      apiUrl,
      fetch: server.fetch,
      timeoutMs: maxTimeout,
      jwtTransport: bearer ? 'bearer' : 'cookie',
    });
    return { server, client, preset, storageKey: `react-session-kit-mock:${mounted}` };
  });
  const { session } = parts.preset;
  return (
    <SessionProvider
      client={parts.client}
      queryClient={props.queryClient}
      storage="memory"
      storageKey={parts.storageKey}
      refetchInterval={false}
      refetchOnWindowFocus={false}
      initialSession={session === 'loading' ? undefined : session}
      labels={props.labels}
    >
      <FollowSession
        input={input}
        apply={(next) =>
          parts.server.set(withAccounts(toPreset(next, props.presets), props.accounts))
        }
      />
      {props.children}
    </SessionProvider>
  );
}

/** The longest timer browsers keep (about 24 days): a `'loading'` session fetch never times out. */
const maxTimeout = 2 ** 31 - 1;

const withAccounts = (preset: SessionPreset, accounts: SessionPreset['accounts']) =>
  accounts ? { ...preset, accounts } : preset;

/** Told of each refresh that follows a changed `session` prop (`renderWithSession` awaits it). */
export const RefreshListener = createContext<((refreshed: Promise<void>) => void) | null>(null);

/** Puts a changed `session` prop on the server, then refreshes: the page sees it as it would live. */
function FollowSession({
  input,
  apply,
}: {
  input: MockSessionInput;
  apply: (input: MockSessionInput) => void;
}) {
  const { refresh } = useSession();
  const listener = useContext(RefreshListener);
  const applied = useRef(input);
  useEffect(() => {
    if (input === applied.current) return;
    applied.current = input;
    apply(input);
    const refreshed = refresh();
    listener?.(refreshed);
  }, [input, apply, refresh, listener]);
  return null;
}
