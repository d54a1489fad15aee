// JWT-looking tokens for the mock: three base64url parts, a readable payload, a fake signature.
// Not cryptography: the signature, keyed by the server's secret, only lets a mock recognise its own
// tokens (and not those of another mock, or of itself before a reset).

/** The claims of a mock token. */
interface TokenClaims {
  /** User id. */
  sub: string;
  /** Session id: the same for one log-in, across account changes. */
  sid: string;
  iat: number;
  exp: number;
  /** Unique per token, so every issued token differs. */
  jti: string;
}

const TOKEN_LIFETIME_SECONDS = 3600;

/** A deterministic 32-hex-digit digest (four FNV-1a rounds); stands in for an md5 or HMAC. */
export function hashHex(input: string): string {
  let out = '';
  for (let round = 0; round < 4; round += 1) {
    let hash = 0x811c9dc5 ^ round;
    for (let i = 0; i < input.length; i += 1) {
      hash = Math.imul(hash ^ input.charCodeAt(i), 0x01000193);
    }
    out += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

/** A random id of `bytes` random bytes in hex, prefixed. */
export function randomId(prefix: string, bytes = 8): string {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return prefix + Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('');
}

const encode = (value: string) =>
  btoa(value).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

const decode = (part: string) => atob(part.replace(/-/g, '+').replace(/_/g, '/'));

const signatureOf = (secret: string, headerAndPayload: string) =>
  encode(hashHex(`${secret}.${headerAndPayload}`));

/** Issues a fresh token for user `sub` in session `sid`, signed with the server's `secret`. */
export function issueToken(secret: string, sub: string, sid: string, now: number): string {
  const claims: TokenClaims = {
    sub,
    sid,
    iat: now,
    exp: now + TOKEN_LIFETIME_SECONDS,
    jti: randomId('jti_'),
  };
  const headerAndPayload = `${encode(JSON.stringify({ typ: 'JWT', alg: 'HS256' }))}.${encode(JSON.stringify(claims))}`;
  return `${headerAndPayload}.${signatureOf(secret, headerAndPayload)}`;
}

/** The session id of a token signed with `secret`, or `undefined` for anything else (an app key, a foreign JWT). */
export function readSid(secret: string, token: string): string | undefined {
  const [header, payload, signature, ...rest] = token.split('.');
  if (header === undefined || payload === undefined || rest.length > 0) return undefined;
  if (signature !== signatureOf(secret, `${header}.${payload}`)) return undefined;
  try {
    const claims: unknown = JSON.parse(decode(payload));
    if (typeof claims === 'object' && claims !== null && 'sid' in claims) {
      return typeof claims.sid === 'string' ? claims.sid : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}
