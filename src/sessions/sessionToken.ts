import { SessionError } from '../core/SessionError';
import { decodeJwtClaims } from '../core/jwtClaims';

/** Refresh this long before expiry at most … */
const maxRefreshLeadMs = 30_000;
/** … and at most this share of the token's lifetime (a 60 s token is refreshed after 45 s). */
const refreshLeadShare = 0.25;

/**
 * A template token in the query cache. The JWT sits in a private field: `JSON.stringify`, a
 * query persister, the devtools or a `BroadcastChannel` see `"[redacted]"`, never the token,
 * so it cannot end up in storage by accident.
 *
 * Times are in this device's clock: the lifetime is taken from the token (`exp − iat`) and
 * counted from when it arrived, so a client clock that is off does not expire it early or late.
 */
export class SessionToken {
  readonly #jwt: string;
  readonly template: string;
  /** Local time (ms) the token arrived. */
  readonly receivedAt: number;
  /** Local time (ms) the token expires. */
  readonly expiresAt: number;
  /** Local time (ms) from which a fresh token is fetched instead of this one. */
  readonly refreshAt: number;

  constructor(jwt: string, template: string, receivedAt: number) {
    const claims = decodeJwtClaims(jwt);
    if (!claims) {
      throw new SessionError({
        kind: 'invalid_response',
        issues: [{ path: ['jwt'], message: 'Expected a JWT with a numeric exp claim' }],
      });
    }
    const lifetimeMs = Math.max(
      0,
      claims.iat !== undefined ? (claims.exp - claims.iat) * 1000 : claims.exp * 1000 - receivedAt,
    );
    this.#jwt = jwt;
    this.template = template;
    this.receivedAt = receivedAt;
    this.expiresAt = receivedAt + lifetimeMs;
    this.refreshAt = this.expiresAt - Math.min(maxRefreshLeadMs, lifetimeMs * refreshLeadShare);
  }

  /** The JWT itself. */
  get jwt(): string {
    return this.#jwt;
  }

  toJSON() {
    return { template: this.template, expiresAt: this.expiresAt, jwt: '[redacted]' };
  }

  toString(): string {
    return '[redacted]';
  }
}

/** True for a `SessionToken` (and not, say, a plain object a persister restored). */
export function isSessionToken(value: unknown): value is SessionToken {
  return value instanceof SessionToken;
}
