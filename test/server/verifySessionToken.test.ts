// @vitest-environment node
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JWTPayload,
} from 'jose';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../../src/mock';
import { createDeviceSessionsClient } from '../../src/sessions/client';
import {
  createSessionTokenVerifier,
  SessionTokenVerifierError,
  verifySessionToken,
  type VerifySessionTokenOptions,
} from '../../src/server';
import { setUpServer } from '../support/server';

const apiUrl = 'https://api.example.test';
const server = setUpServer();

const keys = await generateKeyPair('ES256', { extractable: true });
const otherKeys = await generateKeyPair('ES256');
const now = Math.floor(Date.now() / 1000);

/** A session token signed with `key` (default: `keys.privateKey`). */
function sign(claims: JWTPayload, key: CryptoKey | Uint8Array = keys.privateKey, alg = 'ES256') {
  return new SignJWT({
    sid: 'sess_1',
    sub: 'usr_1',
    iss: apiUrl,
    iat: now,
    exp: now + 60,
    ...claims,
  })
    .setProtectedHeader({ alg, typ: 'JWT' })
    .sign(key);
}

const withKey: VerifySessionTokenOptions = { publicKey: keys.publicKey, issuer: apiUrl };

describe('verifySessionToken', () => {
  it('accepts a valid token and types its claims', async () => {
    const result = await verifySessionToken(await sign({ org: 'org_1' }), withKey);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { sid, sub, exp, iat } = result.claims;
    expect({ sid, sub, exp, iat }).toEqual({
      sid: 'sess_1',
      sub: 'usr_1',
      exp: now + 60,
      iat: now,
    });
    expect(result.claims.org).toBe('org_1'); // other claims are kept
  });

  it('rejects an expired token as "expired", within the clock tolerance only', async () => {
    const expired = await sign({ iat: now - 120, exp: now - 30 });
    expect(await verifySessionToken(expired, withKey)).toMatchObject({
      ok: false,
      reason: 'expired',
    });
    expect((await verifySessionToken(expired, { ...withKey, clockToleranceSeconds: 60 })).ok).toBe(
      true,
    );
    const justExpired = await sign({ iat: now - 62, exp: now - 2 });
    expect((await verifySessionToken(justExpired, withKey)).ok).toBe(true); // default tolerance 5 s
  });

  it('rejects a token from the future as "not_yet_valid"', async () => {
    const future = await sign({ nbf: now + 600, iat: now + 600, exp: now + 660 });
    expect(await verifySessionToken(future, withKey)).toMatchObject({
      ok: false,
      reason: 'not_yet_valid',
    });
  });

  it('rejects a tampered token as "bad_signature"', async () => {
    const [header, , signature] = (await sign({})).split('.');
    const forged = Buffer.from(
      JSON.stringify({ sid: 'sess_admin', sub: 'usr_admin', iss: apiUrl, iat: now, exp: now + 60 }),
    ).toString('base64url');
    expect(await verifySessionToken(`${header}.${forged}.${signature}`, withKey)).toMatchObject({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('rejects a token signed by another key as "bad_signature"', async () => {
    expect(await verifySessionToken(await sign({}, otherKeys.privateKey), withKey)).toMatchObject({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('rejects an HS256 token (alg confusion) and alg "none" as "bad_signature"', async () => {
    const hs = await sign({}, new TextEncoder().encode('x'.repeat(32)), 'HS256');
    expect(await verifySessionToken(hs, withKey)).toMatchObject({
      ok: false,
      reason: 'bad_signature',
    });
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sid: 's', sub: 'u', iat: now, exp: now + 60 })).toString('base64url')}.`;
    expect(await verifySessionToken(none, withKey)).toMatchObject({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('rejects a wrong or missing issuer as "wrong_issuer"', async () => {
    expect(
      await verifySessionToken(await sign({ iss: 'https://evil.test' }), withKey),
    ).toMatchObject({ ok: false, reason: 'wrong_issuer' });
    expect(await verifySessionToken(await sign({ iss: undefined }), withKey)).toMatchObject({
      ok: false,
      reason: 'wrong_issuer',
    });
    expect(
      (
        await verifySessionToken(await sign({ iss: 'https://evil.test' }), {
          publicKey: keys.publicKey,
        })
      ).ok,
    ).toBe(true);
  });

  it('rejects a wrong audience as "wrong_audience"', async () => {
    const token = await sign({ aud: 'other-app' });
    expect(await verifySessionToken(token, { ...withKey, audience: 'my-app' })).toMatchObject({
      ok: false,
      reason: 'wrong_audience',
    });
    expect(
      (await verifySessionToken(token, { ...withKey, audience: ['my-app', 'other-app'] })).ok,
    ).toBe(true);
  });

  it.each([
    ['garbage', 'not a token'],
    ['two parts', 'abc.def'],
    ['bad base64', 'a.b.c'],
    ['empty', ''],
  ])('rejects a malformed token (%s) as "malformed"', async (_name, token) => {
    expect(await verifySessionToken(token, withKey)).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });

  it('rejects a signed token without sid, sub, exp or iat as "malformed"', async () => {
    for (const missing of ['sid', 'sub', 'exp', 'iat']) {
      const token = await sign({ [missing]: undefined });
      expect(await verifySessionToken(token, withKey), missing).toMatchObject({
        ok: false,
        reason: 'malformed',
      });
    }
    expect(await verifySessionToken(await sign({ sid: 42 }), withKey)).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
  });

  it('takes the public key as PEM, as a JWK, or a JWKS', async () => {
    const token = await sign({});
    const pem = await exportSPKI(keys.publicKey);
    expect((await verifySessionToken(token, { publicKey: pem })).ok).toBe(true);
    expect(
      await verifySessionToken(await sign({}, otherKeys.privateKey), { publicKey: pem }),
    ).toMatchObject({ reason: 'bad_signature' });
    const jwk = await exportJWK(keys.publicKey);
    expect((await verifySessionToken(token, { publicKey: jwk })).ok).toBe(true);
    expect(
      (await verifySessionToken(token, { jwks: { keys: [{ ...jwk, alg: 'ES256' }] } })).ok,
    ).toBe(true);
  });

  it('refuses a token whose alg does not fit the key as "bad_signature", whatever the key format', async () => {
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = b64({ sid: 's', sub: 'u', iat: now, exp: now + 60 });
    const withAlg = (alg: string) => `${b64({ alg, typ: 'JWT' })}.${claims}.AAAA`;
    const rsa = await generateKeyPair('RS256', { extractable: true });
    const esJwk = await exportJWK(keys.publicKey);
    const keyFormats: [string, VerifySessionTokenOptions, string[]][] = [
      ['ES256 PEM', { publicKey: await exportSPKI(keys.publicKey) }, ['RS256', 'PS256', 'ES384']],
      ['RSA PEM', { publicKey: await exportSPKI(rsa.publicKey) }, ['EdDSA', 'ES256']],
      ['ES256 JWK', { publicKey: esJwk }, ['RS256', 'PS256', 'ES384']],
      ['ES256 JWKS', { jwks: { keys: [{ ...esJwk, alg: 'ES256' }] } }, ['RS256', 'ES384']],
      ['ES256 CryptoKey', { publicKey: keys.publicKey }, ['RS256', 'EdDSA']],
    ];
    for (const [format, options, algs] of keyFormats) {
      for (const alg of algs) {
        expect(await verifySessionToken(withAlg(alg), options), `${format}, ${alg}`).toMatchObject({
          ok: false,
          reason: 'bad_signature',
        });
      }
    }
  });

  it('answers 200 mismatched tokens in a row, then still verifies a valid one', async () => {
    const verify = createSessionTokenVerifier({ publicKey: await exportSPKI(keys.publicKey) });
    const header = Buffer.from('{"alg":"RS256"}').toString('base64url');
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        verify(`${header}.${Buffer.from(`{"n":${i}}`).toString('base64url')}.AAAA`),
      ),
    );
    expect(results.every((result) => !result.ok && result.reason === 'bad_signature')).toBe(true);
    expect((await verify(await sign({}))).ok).toBe(true);
  });

  it('throws SessionTokenVerifierError (not a result) when the key itself is unusable', async () => {
    await expect(
      verifySessionToken(await sign({}), { publicKey: 'not a pem' }),
    ).rejects.toBeInstanceOf(SessionTokenVerifierError);
    const truncated = (await exportSPKI(keys.publicKey)).replace(/[A-Za-z0-9+/]{20}\n/, '\n');
    await expect(
      verifySessionToken(await sign({}), { publicKey: truncated }),
    ).rejects.toBeInstanceOf(SessionTokenVerifierError);
  });
});

describe('verifySessionToken against the mock backend', () => {
  async function mockToken(template = 'default', expiresInSeconds?: number) {
    const backend = createMockBackend({ apiUrl });
    server.use(...backend.handlers);
    const jwt = await createDeviceSessionsClient({ apiUrl }).createToken(
      'sess_single_mac',
      template,
      {
        expiresInSeconds,
      },
    );
    return { backend, jwt };
  }

  it('verifies a minted token with the mock JWKS (object and URL)', async () => {
    const { backend, jwt } = await mockToken();
    const local = await verifySessionToken(jwt, {
      jwks: await backend.sessions.getJwks(),
      issuer: backend.sessions.issuer,
    });
    expect(local).toMatchObject({
      ok: true,
      claims: { sid: 'sess_single_mac', sub: 'usr_1000000001' },
    });
    const verify = createSessionTokenVerifier({
      jwks: new URL(`${apiUrl}/.well-known/jwks.json`),
      issuer: apiUrl,
    });
    expect((await verify(jwt)).ok).toBe(true);
    expect((await verify(jwt)).ok).toBe(true);
    expect(backend.sessions.requests['GET /.well-known/jwks.json']).toBe(1); // fetched once, then cached
  });

  it('reports expiry of a minted token against a later clock', async () => {
    const { backend, jwt } = await mockToken('default', 30);
    const later = new Date(Date.now() + 60_000);
    expect(
      await verifySessionToken(jwt, { jwks: await backend.sessions.getJwks(), currentDate: later }),
    ).toMatchObject({ ok: false, reason: 'expired' });
  });

  it('rejects a minted token whose key is not in the JWKS as "bad_signature"', async () => {
    const { jwt } = await mockToken();
    const other = createMockBackend({ apiUrl });
    expect(await verifySessionToken(jwt, { jwks: await other.sessions.getJwks() })).toMatchObject({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('throws SessionTokenVerifierError when the JWKS URL does not answer', async () => {
    const { jwt } = await mockToken();
    server.use(http.get(`${apiUrl}/.well-known/jwks.json`, () => HttpResponse.error()));
    const verify = createSessionTokenVerifier({ jwks: new URL(`${apiUrl}/.well-known/jwks.json`) });
    await expect(verify(jwt)).rejects.toBeInstanceOf(SessionTokenVerifierError);
  });
});
