import { sessionIdFromJwt } from './sessions/jwtClaims';
import { useSession } from './useSession';

/**
 * The id of this device's session: the `sid` claim of the session JWT. `null` when there is no
 * JWT to read (a cookie deployment keeps it out of reach of scripts) — pass the id yourself then.
 *
 * @example
 * const currentId = useCurrentSessionId()
 */
export function useCurrentSessionId(): string | null {
  return useSession((session) => sessionIdFromJwt(session.jwt)) ?? null;
}
