import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  importSPKI,
  jwtVerify,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type JWTVerifyGetKey,
  type JWTVerifyOptions,
  type KeyObject,
} from 'jose';
import * as z from 'zod/mini';

/** Why a session token was refused. */
export type SessionTokenFailureReason =
  'expired' | 'not_yet_valid' | 'bad_signature' | 'wrong_issuer' | 'wrong_audience' | 'malformed';

/** The claims of a verified session token: `sid`, `sub`, `exp`, `iat`, and whatever else it carries. */
export const sessionTokenClaimsSchema = z.looseObject({
  /** The session id. */
  sid: z.string().check(z.minLength(1)),
  /** The user id. */
  sub: z.string().check(z.minLength(1)),
  /** Expiry, unix seconds. */
  exp: z.number(),
  /** Issued at, unix seconds. */
  iat: z.number(),
  nbf: z.optional(z.number()),
  iss: z.optional(z.string()),
  aud: z.optional(z.union([z.string(), z.array(z.string())])),
});

export type SessionTokenClaims = z.output<typeof sessionTokenClaimsSchema>;

export type VerifySessionTokenResult =
  | { ok: true; claims: SessionTokenClaims }
  | { ok: false; reason: SessionTokenFailureReason; message: string };

/**
 * The keys to trust: a JWKS (an object, the URL it is served at, or a jose key set function),
 * or one public key (a PEM `-----BEGIN PUBLIC KEY-----` string, a JWK, a `CryptoKey` or a Node
 * `KeyObject`).
 */
export type SessionTokenKeys =
  | { jwks: JSONWebKeySet | URL | JWTVerifyGetKey; publicKey?: never }
  | { publicKey: string | JWK | CryptoKey | KeyObject; jwks?: never };

export type VerifySessionTokenOptions = SessionTokenKeys & {
  /** Required `iss`, or any of several. */
  issuer?: string | string[];
  /** Required `aud`, or any of several. */
  audience?: string | string[];
  /** Leeway for `exp` / `nbf` against clock drift, in seconds. Default 5. */
  clockToleranceSeconds?: number;
  /** Accepted signature algorithms. Default: the asymmetric ones (RS*, PS*, ES*, EdDSA). */
  algorithms?: string[];
  /** The time to check against (tests). Default: now. */
  currentDate?: Date;
};

/**
 * Thrown (never returned) when the verifier cannot work: a JWKS URL that does not answer, a key
 * that is not a key. A problem of the server, not of the token — answer 5xx, not 401.
 */
export class SessionTokenVerifierError extends Error {
  override readonly name = 'SessionTokenVerifierError';
}

const asymmetricAlgorithms = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
];
const defaultClockTolerance = 5;
const requiredClaims = ['sid', 'sub', 'exp', 'iat'];

type Verifier = (token: string) => Promise<VerifySessionTokenResult>;

/**
 * Builds a verifier once and reuses it: a remote JWKS is fetched once and cached (jose refetches
 * it when an unknown `kid` shows up), a PEM is imported once.
 *
 * @example
 * const verify = createSessionTokenVerifier({ jwks: new URL('https://api.example.com/.well-known/jwks.json'), issuer: 'https://api.example.com' })
 * const result = await verify(token)
 * if (!result.ok) return new Response(result.reason, { status: 401 })
 */
export function createSessionTokenVerifier(options: VerifySessionTokenOptions): Verifier {
  const algorithms = options.algorithms ?? asymmetricAlgorithms;
  const key = resolveKey(options, algorithms);
  const verifyOptions: JWTVerifyOptions = {
    algorithms,
    issuer: options.issuer,
    audience: options.audience,
    clockTolerance: options.clockToleranceSeconds ?? defaultClockTolerance,
    currentDate: options.currentDate,
    requiredClaims,
  };
  return async (token) => {
    if (typeof token !== 'string' || token.split('.').length !== 3) {
      return failure('malformed', 'Not a compact JWS.');
    }
    try {
      const resolved = await key(token);
      const { payload } = await jwtVerify(token, resolved, verifyOptions);
      const claims = sessionTokenClaimsSchema.safeParse(payload);
      if (!claims.success)
        return failure(
          'malformed',
          'The token lacks a session claim or has one of the wrong type.',
        );
      return { ok: true, claims: claims.data };
    } catch (error) {
      return readFailure(error);
    }
  };
}

/**
 * Verifies a session token locally (networkless): signature, `exp`/`nbf` with a clock tolerance,
 * and `iss`/`aud` when asked. Every problem with the token comes back as
 * `{ ok: false, reason }`; only a broken setup (keys unreachable or invalid) throws
 * `SessionTokenVerifierError`. Built on `jose`. For many requests, build the verifier once with
 * `createSessionTokenVerifier`.
 *
 * @example
 * import { verifySessionToken } from 'react-session-kit/server'
 * const result = await verifySessionToken(token, { publicKey: process.env.SESSION_PUBLIC_KEY_PEM!, issuer: 'https://api.example.com' })
 * if (result.ok) console.log(result.claims.sid, result.claims.sub)
 * else console.log(result.reason) // 'expired' | 'not_yet_valid' | 'bad_signature' | 'wrong_issuer' | 'wrong_audience' | 'malformed'
 */
export function verifySessionToken(
  token: string,
  options: VerifySessionTokenOptions,
): Promise<VerifySessionTokenResult> {
  return createSessionTokenVerifier(options)(token);
}

type KeyInput = CryptoKey | KeyObject | JWK | JWTVerifyGetKey;

/**
 * The key to verify with, resolved lazily (a PEM needs the token's `alg` to import). Failures of
 * the setup itself (JWKS unreachable, key material invalid) are marked `SessionTokenVerifierError`
 * where they happen, so everything else can be read as a problem of the token.
 */
function resolveKey(
  options: SessionTokenKeys,
  algorithms: string[],
): (token: string) => Promise<KeyInput> {
  if (options.jwks !== undefined) {
    const { jwks } = options;
    const set: JWTVerifyGetKey =
      jwks instanceof URL
        ? createRemoteJWKSet(jwks)
        : typeof jwks === 'function'
          ? jwks
          : createLocalJWKSet(jwks);
    const getKey: JWTVerifyGetKey = async (header, input) => {
      try {
        return await set(header, input);
      } catch (error) {
        if (isTokenKeyError(error)) throw error;
        throw new SessionTokenVerifierError('The JWKS could not be used.', { cause: error });
      }
    };
    return async () => getKey;
  }
  const { publicKey } = options;
  if (typeof publicKey !== 'string') return async () => publicKey;
  const importPem = pemImporter(publicKey, algorithms);
  return async (token) => {
    const alg = headerAlg(token);
    if (alg === undefined) throw new errors.JWSInvalid('The protected header has no "alg".');
    if (!algorithms.includes(alg))
      throw new errors.JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
    return importPem(alg);
  };
}

/**
 * Imports a PEM for the token's `alg`, once per algorithm. A PEM of another key type than the
 * token's `alg` (an ES256 key, an RS256 header) is the token's problem; only a PEM that imports
 * for none of the accepted algorithms is a broken setup.
 */
function pemImporter(pem: string, algorithms: string[]): (alg: string) => Promise<CryptoKey> {
  const imported = new Map<string, Promise<CryptoKey | undefined>>();
  const importFor = (alg: string) => {
    let key = imported.get(alg);
    if (!key) {
      key = importSPKI(pem, alg).catch(() => undefined);
      imported.set(alg, key);
    }
    return key;
  };
  let usable: Promise<boolean> | undefined;
  const isUsable = () =>
    (usable ??= Promise.all(algorithms.map(importFor)).then((keys) => keys.some(Boolean)));
  return async (alg) => {
    const key = await importFor(alg);
    if (key) return key;
    if (await isUsable())
      throw new errors.JOSEAlgNotAllowed(`The public key is not a key for "alg" ${alg}.`);
    throw new SessionTokenVerifierError(
      `The public key is not a PEM SPKI key for any of ${algorithms.join(', ')}.`,
    );
  };
}

/** Errors of a key set that the token causes (it names no key we have, or a disallowed alg). */
function isTokenKeyError(error: unknown): boolean {
  return (
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported ||
    error instanceof errors.JWSInvalid
  );
}

const headerSchema = z.object({ alg: z.string() });

function headerAlg(token: string): string | undefined {
  try {
    const [header = ''] = token.split('.');
    const json = new TextDecoder().decode(base64urlBytes(header));
    const parsed = headerSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data.alg : undefined;
  } catch {
    return undefined;
  }
}

function base64urlBytes(part: string): Uint8Array {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (char) =>
    char.charCodeAt(0),
  );
}

function failure(reason: SessionTokenFailureReason, message: string): VerifySessionTokenResult {
  return { ok: false, reason, message };
}

/** A failed claim check → the reason; a missing or mistyped claim otherwise reads as `malformed`. */
function claimReason(claim: string, reason: string): SessionTokenFailureReason {
  if (claim === 'iss') return 'wrong_issuer'; // also when it is missing but required
  if (claim === 'aud') return 'wrong_audience';
  if ((claim === 'nbf' || claim === 'iat') && reason === 'check_failed') return 'not_yet_valid';
  return 'malformed';
}

function readFailure(error: unknown): VerifySessionTokenResult {
  if (error instanceof SessionTokenVerifierError) throw error;
  if (error instanceof errors.JWTExpired) return failure('expired', 'The token has expired.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    return failure(claimReason(error.claim, error.reason), error.message);
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed
  ) {
    return failure('bad_signature', error.message);
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return failure('malformed', error.message);
  // Anything else (a key of another type than the token's `alg`, an unsupported algorithm) means
  // the token could not be verified with the trusted keys.
  return failure(
    'bad_signature',
    error instanceof Error ? error.message : 'The signature could not be verified.',
  );
}
