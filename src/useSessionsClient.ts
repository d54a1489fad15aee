import { useMemo } from 'react';
import type { SessionClient } from './core/client';
import { createSessionsClient, type SessionsClient } from './sessions/client';
import { useSessionContext } from './SessionContext';

/**
 * The sessions API client: the provider's `sessionsClient`, else one sharing the session client's
 * transport (same API URL, credentials and bearer JWT). Made here, on first use, so that apps
 * without the sessions API do not carry its code.
 *
 * @example
 * const sessions = useSessionsClient()
 * const record = await sessions.get(id)
 */
export function useSessionsClient(): SessionsClient {
  const { sessionsClient, client } = useSessionContext('useSessionsClient');
  return useMemo(() => sessionsClient ?? sessionsClientFor(client), [sessionsClient, client]);
}

const madeFor = new WeakMap<object, SessionsClient>();

/** One sessions client per session client, shared by every hook. */
function sessionsClientFor(client: SessionClient): SessionsClient {
  let sessions = madeFor.get(client);
  if (!sessions) {
    sessions = createSessionsClient({ client });
    madeFor.set(client, sessions);
  }
  return sessions;
}
