import * as z from 'zod/mini';
import { readPayload } from './jwtPayload';

export { sessionIdFromJwt } from './jwtPayload';

const nonEmpty = z.string().check(z.minLength(1));

/**
 * The claims the kit reads from a JWT on the client: `exp` (unix seconds, required), and `iat`,
 * `nbf`, `sid` (the session id) and `sub` (the user id) when present. Other claims are kept.
 */
const jwtClaimsSchema = z.looseObject({
  exp: z.number(),
  iat: z.optional(z.number()),
  nbf: z.optional(z.number()),
  sid: z.optional(nonEmpty),
  sub: z.optional(nonEmpty),
});

export type JwtClaims = z.output<typeof jwtClaimsSchema>;

/**
 * Reads a JWT's payload WITHOUT checking its signature: for scheduling a refresh, never for
 * trusting it (servers verify with `verifySessionToken` from `react-session-kit/server`).
 * `null` when it is not a JWT with a numeric `exp`.
 *
 * @example
 * const expiresAt = (decodeJwtClaims(jwt)?.exp ?? 0) * 1000
 */
export function decodeJwtClaims(jwt: string): JwtClaims | null {
  const parsed = jwtClaimsSchema.safeParse(readPayload(jwt));
  return parsed.success ? parsed.data : null;
}
