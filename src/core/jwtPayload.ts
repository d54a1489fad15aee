import { isPlainObject } from './records';

const base64url = /^[A-Za-z0-9_-]+$/;

/** The JSON payload of a compact JWS (three base64url parts), or `undefined`. */
export function readPayload(jwt: string): unknown {
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
