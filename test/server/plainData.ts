import { expect } from 'vitest';

/**
 * Fails unless `value` is made only of what React passes from a Server Component to a Client
 * Component and JSON keeps: primitives, arrays and objects whose prototype is `Object.prototype`
 * (React refuses classes and null prototypes: "Only plain objects, and a few built-ins, can be
 * passed to Client Components from Server Components").
 */
export function expectPlainData(value: unknown, path = 'session'): void {
  if (value === null || value === undefined) return;
  if (['string', 'number', 'boolean'].includes(typeof value)) return;
  expect(typeof value, path).toBe('object');
  if (Array.isArray(value)) {
    value.forEach((item, index) => expectPlainData(item, `${path}[${index}]`));
    return;
  }
  expect(Object.getPrototypeOf(value) === Object.prototype, `${path} is a plain object`).toBe(true);
  for (const [key, item] of Object.entries(value as object))
    expectPlainData(item, `${path}.${key}`);
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** An unsigned JWT-shaped string whose payload carries `sid` (the kit only reads it). */
export function jwtWithSid(sid: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ sid, sub: 'usr_1', exp: 4_102_444_800 }));
  return `${header}.${payload}.c2lnbmF0dXJl`;
}
