import { useSession } from '../useSession';

/**
 * The id of this device's session: the `sid` claim of the session JWT, read when the session
 * arrived (in cookie mode too, although the JWT itself is not kept). `null` when the server sent
 * no JWT with a `sid` — pass the id yourself then.
 *
 * @example
 * const currentId = useCurrentSessionId()
 */
export function useCurrentSessionId(): string | null {
  return useSession((session) => session.sessionId) ?? null;
}
