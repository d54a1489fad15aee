/** Keys that would reach `Object.prototype` (or shadow it) if copied onto a plain object. */
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

export function isUnsafeKey(key: string): boolean {
  return unsafeKeys.has(key);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A plain object of the entries, without prototype-polluting keys, for a map keyed by server data
 * (`access`, counters). Plain, not prototype-free: React passes it from a Server Component to a
 * Client Component and JSON gives it back unchanged. Read it with `getOwn`, never `record[key]`.
 */
export function toSafeRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].filter(([key]) => !isUnsafeKey(key)));
}

/**
 * Own-property read that never falls through to the prototype, nor reads a prototype key a map
 * may hold as its own when it skipped the kit's parse (`JSON.parse('{"__proto__": …}')`).
 */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return !isUnsafeKey(key) && Object.hasOwn(record, key) ? record[key] : undefined;
}
