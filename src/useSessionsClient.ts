import type { SessionsClient } from './sessions/client';
import { useSessionContext } from './SessionContext';

/**
 * The provider's sessions API client, for calls the hooks do not cover.
 *
 * @example
 * const sessions = useSessionsClient()
 * const record = await sessions.get(id)
 */
export function useSessionsClient(): SessionsClient {
  return useSessionContext('useSessionsClient').sessionsClient;
}
