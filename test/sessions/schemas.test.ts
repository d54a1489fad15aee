import { describe, expect, it } from 'vitest';
import {
  isKnownSessionStatus,
  sessionPageSchema,
  sessionRecordSchema,
  sessionRecordStatuses,
  sessionTokenSchema,
} from '../../src/sessions/schemas';
import { decodeJwtClaims, sessionIdFromJwt } from '../../src/core/jwtClaims';
import { sortNewestFirst } from '../../src/sessions/sortNewestFirst';
import { record, unsignedJwt } from './wire';

describe('sessionRecordSchema', () => {
  it.each(sessionRecordStatuses)('reads a %s session', (status) => {
    const parsed = sessionRecordSchema.parse(record({ status }));
    expect(parsed.status).toBe(status);
    expect(isKnownSessionStatus(parsed.status)).toBe(true);
  });

  it('keeps an unknown future status as its string instead of failing', () => {
    const parsed = sessionRecordSchema.parse(record({ status: 'suspended' }));
    expect(parsed.status).toBe('suspended');
    expect(isKnownSessionStatus(parsed.status)).toBe(false);
  });

  it('reads times in milliseconds as they are and times in seconds as milliseconds', () => {
    const ms = sessionRecordSchema.parse(
      record({ created_at: 1_700_000_000_123, last_active_at: 1_700_000_100_000 }),
    );
    const s = sessionRecordSchema.parse(
      record({ created_at: 1_700_000_000, last_active_at: '1700000100' }),
    );
    expect(ms.createdAt).toBe(1_700_000_000_123);
    expect(s.createdAt).toBe(1_700_000_000_000);
    expect(s.lastActiveAt).toBe(1_700_000_100_000);
    expect(ms.lastActiveAt).toBe(1_700_000_100_000);
  });

  it('maps latest_activity, and reads it as null when absent', () => {
    const parsed = sessionRecordSchema.parse(record({}));
    expect(parsed.latestActivity).toEqual({
      deviceType: 'Macintosh',
      isMobile: false,
      browserName: 'Chrome',
      browserVersion: '126.0',
      ipAddress: '203.0.113.10',
      city: 'Berlin',
      country: 'DE',
    });
    expect(sessionRecordSchema.parse(record({ latest_activity: null })).latestActivity).toBeNull();
    expect(
      sessionRecordSchema.parse(record({ latest_activity: undefined })).latestActivity,
    ).toBeNull();
  });

  it('accepts null optional fields and drops prototype keys from actor', () => {
    const parsed = sessionRecordSchema.parse(
      record({
        client_id: null,
        last_active_organization_id: null,
        actor: JSON.parse('{"sub":"admin","__proto__":{"x":1}}'),
      }),
    );
    expect(parsed.clientId).toBeNull();
    expect(parsed.lastActiveOrganizationId).toBeNull();
    expect(parsed.actor).toEqual({ sub: 'admin' });
    expect(Object.getPrototypeOf(parsed.actor)).toBe(Object.prototype);
    expect(Object.hasOwn(parsed.actor ?? {}, '__proto__')).toBe(false);
  });

  it('refuses a record without id or status', () => {
    expect(sessionRecordSchema.safeParse(record({ id: undefined })).success).toBe(false);
    expect(sessionRecordSchema.safeParse(record({ status: '' })).success).toBe(false);
  });
});

describe('sessionPageSchema and sessionTokenSchema', () => {
  it('reads {data, total_count}, and a plain list as one page', () => {
    expect(sessionPageSchema.parse({ data: [record({})], total_count: 7 }).totalCount).toBe(7);
    const plain = sessionPageSchema.parse([record({ id: 'a' }), record({ id: 'b' })]);
    expect(plain.totalCount).toBe(2);
    expect(plain.data.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('reads {object: "token", jwt} as the JWT', () => {
    expect(sessionTokenSchema.parse({ object: 'token', jwt: 'a.b.c' })).toBe('a.b.c');
    expect(sessionTokenSchema.safeParse({ object: 'token', jwt: '' }).success).toBe(false);
  });
});

describe('sortNewestFirst', () => {
  it('orders by creation time, newest first, stable on ties', () => {
    const records = [
      sessionRecordSchema.parse(record({ id: 'old', created_at: 1000 })),
      sessionRecordSchema.parse(record({ id: 'new', created_at: 3000 })),
      sessionRecordSchema.parse(record({ id: 'b', created_at: 2000, last_active_at: 2000 })),
      sessionRecordSchema.parse(record({ id: 'a', created_at: 2000, last_active_at: 2000 })),
    ];
    expect(sortNewestFirst(records).map((r) => r.id)).toEqual(['new', 'a', 'b', 'old']);
    expect(records[0]?.id).toBe('old'); // not sorted in place
  });
});

describe('JWT claims (unverified, client side)', () => {
  it('reads sid and exp through zod', () => {
    const jwt = unsignedJwt({ sid: 'sess_1', sub: 'usr_1', exp: 2000, iat: 1000 });
    expect(sessionIdFromJwt(jwt)).toBe('sess_1');
    expect(decodeJwtClaims(jwt)).toMatchObject({ exp: 2000, iat: 1000, sid: 'sess_1' });
  });

  it('returns null for anything that is not a JWT with the claims', () => {
    expect(sessionIdFromJwt(null)).toBeNull();
    expect(sessionIdFromJwt('')).toBeNull();
    expect(sessionIdFromJwt('not-a-jwt')).toBeNull();
    expect(sessionIdFromJwt(unsignedJwt({ sid: 42 }))).toBeNull();
    expect(decodeJwtClaims(unsignedJwt({ exp: '2000' }))).toBeNull();
    expect(decodeJwtClaims('a.!!!.c')).toBeNull();
    expect(decodeJwtClaims('a.b.c.d')).toBeNull();
  });
});
