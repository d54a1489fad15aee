/** Keys that would reach `Object.prototype` (or shadow it) if copied onto a plain object. */
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

export function isUnsafeKey(key: string): boolean {
  return unsafeKeys.has(key);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Copies entries into an object with no prototype, dropping prototype-polluting keys, so a map
 * keyed by server data (`access`, account lists, counters) can be read with any key safely.
 */
export function toSafeRecord<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const record: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) {
    if (!isUnsafeKey(key)) record[key] = value;
  }
  return record;
}

/** Own-property read: never falls through to the prototype. */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
