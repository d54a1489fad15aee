import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JSONWebKeySet } from 'jose';

// The mock's signing key: a fresh ES256 key pair per mock backend, so template tokens are real
// JWTs that `verifySessionToken` (react-session-kit/server) can check against the mock's JWKS.

export interface MockSigningKey {
  kid: string;
  publicKey: CryptoKey;
  privateKey: CryptoKey;
  jwks: JSONWebKeySet;
}

export async function createSigningKey(kid: string): Promise<MockSigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  return {
    kid,
    publicKey,
    privateKey,
    jwks: { keys: [{ ...jwk, kid, alg: 'ES256', use: 'sig' }] },
  };
}

export interface MintInput {
  issuer: string;
  sid: string;
  sub: string;
  /** Unix seconds. */
  now: number;
  lifetimeSeconds: number;
  claims: Record<string, unknown>;
}

/** A signed JWT with `sid`, `sub`, `iss`, `iat`, `nbf`, `exp`, a `jti`, and the template's claims. */
export function mintToken(key: MockSigningKey, input: MintInput): Promise<string> {
  return new SignJWT({ ...input.claims, sid: input.sid })
    .setProtectedHeader({ alg: 'ES256', kid: key.kid, typ: 'JWT' })
    .setIssuer(input.issuer)
    .setSubject(input.sub)
    .setIssuedAt(input.now)
    .setNotBefore(input.now)
    .setExpirationTime(input.now + input.lifetimeSeconds)
    .setJti(crypto.randomUUID())
    .sign(key.privateKey);
}
