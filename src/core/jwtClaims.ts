import * as z from 'zod/mini';
import { isPlainObject } from './records';

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

const base64url = /^[A-Za-z0-9_-]+$/;

/** The JSON payload of a compact JWS (three base64url parts), or `undefined`. */
function readPayload(jwt: string): unknown {
  const [, payload, ...rest] = jwt.split('.');
  if (payload === undefined || rest.length !== 1 || !base64url.test(payload)) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

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

/**
 * The session id (`sid` claim) of a session JWT, or `null` (no JWT, not a JWT, no `sid`).
 * Unverified, like `decodeJwtClaims`: good for marking "this device", not for authorising.
 *
 * @example
 * sessionIdFromJwt(session.jwt) // 'sess_2x…'
 */
export function sessionIdFromJwt(jwt: string | null | undefined): string | null {
  const payload = jwt ? readPayload(jwt) : undefined;
  const sid = isPlainObject(payload) ? payload.sid : undefined;
  return typeof sid === 'string' && sid !== '' ? sid : null;
}
