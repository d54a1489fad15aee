import { describe, expect, it } from 'vitest';
import { hasAccess } from '../../src/core/access';
import { sessionAnswerSchema } from '../../src/core/schemas/sessionAnswer';

const access = { 'account-users': 'r', payments: 'crud', reports: 'cr', empty: '', 'x.y_z-1': 'u' };

// [requirement, expected]
const table: Array<[string, boolean]> = [
  // The API-NOTES examples
  ['account-users:c', false],
  ['account-users:cr', true],
  ['account-users', true],
  ['payments', true],
  ['unknown', false],
  // anyone
  ['*', true],
  [' * ', true],
  // bare feature and wildcard letters
  ['reports', true],
  ['reports:*', true],
  ['reports:', true],
  ['empty', false],
  ['empty:r', false],
  // letters: any requested letter grants
  ['payments:c', true],
  ['payments:d', true],
  ['reports:d', false],
  ['reports:ud', false],
  ['reports:dc', true],
  ['account-users:R', true],
  ['account-users:x', false],
  ['x.y_z-1:u', true],
  ['x.y_z-1:r', false],
  // lists are OR, with , or ;
  ['unknown,account-users', true],
  ['unknown;account-users', true],
  ['unknown, account-users:r', true],
  ['account-users:c,reports:d', false],
  ['account-users:c;reports:c', true],
  ['unknown,*', true],
  ['unknown,other', false],
  // malformed requirements deny
  ['', false],
  ['   ', false],
  [',', false],
  [';;', false],
  [':r', false],
  ['payments:r:w', false],
  ['pay ments', false],
  ['*:r', false],
  ['payments*', false],
  // prototype keys never grant
  ['__proto__', false],
  ['constructor', false],
  ['toString', false],
  ['hasOwnProperty:r', false],
  ['prototype', false],
  ['__proto__:crud', false],
];

describe('hasAccess', () => {
  it.each(table)('%j → %s', (requirement, expected) => {
    expect(hasAccess(access, requirement)).toBe(expected);
  });

  it('has at least 40 cases', () => {
    expect(table.length).toBeGreaterThanOrEqual(40);
  });

  it('denies everything but "*" without an access map', () => {
    expect(hasAccess(null, 'payments')).toBe(false);
    expect(hasAccess(undefined, '*')).toBe(true);
  });

  it('denies a requirement that is not a string instead of throwing', () => {
    expect(hasAccess(access, 42 as unknown as string)).toBe(false);
    expect(hasAccess(access, null as unknown as string)).toBe(false);
  });

  it('grants nothing through __proto__ keys served twice in a row', () => {
    const body =
      '{"auth":true,"access":{"__proto__":{"admin":"crud"},"constructor":"crud","reports":"r"}}';
    for (let round = 0; round < 2; round++) {
      const parsed = sessionAnswerSchema.safeParse(JSON.parse(body));
      // An object value where letters belong is malformed: the answer is rejected outright …
      expect(parsed.success).toBe(false);
      // … and nothing leaked onto Object.prototype.
      expect(({} as Record<string, unknown>).admin).toBeUndefined();
      expect(hasAccess({}, 'admin')).toBe(false);
    }
    const stringBody =
      '{"auth":true,"user":{"id":"u"},"account":{"id":"a"},' +
      '"access":{"__proto__":"crud","constructor":"crud","reports":"r"}}';
    for (let round = 0; round < 2; round++) {
      const session = sessionAnswerSchema.parse(JSON.parse(stringBody));
      expect(hasAccess(session.access, '__proto__')).toBe(false);
      expect(hasAccess(session.access, 'constructor')).toBe(false);
      expect(hasAccess(session.access, 'reports:r')).toBe(true);
      expect(Object.keys(session.access)).toEqual(['reports']);
    }
  });

  it('grants nothing through prototype keys a map holds as its own (one that skipped the parse)', () => {
    const fromJson = JSON.parse(
      '{"__proto__":"crud","constructor":"crud","reports":"r"}',
    ) as Record<string, string>;
    expect(hasAccess(fromJson, '__proto__')).toBe(false);
    expect(hasAccess(fromJson, 'constructor:c')).toBe(false);
    expect(hasAccess(fromJson, 'reports:r')).toBe(true);
  });

  it('answers a repeated requirement from the map it is given, not from an earlier call', () => {
    expect(hasAccess({ payments: 'r' }, 'payments:c')).toBe(false);
    expect(hasAccess({ payments: 'cr' }, 'payments:c')).toBe(true);
    expect(hasAccess({}, 'payments:c')).toBe(false);
  });
});
