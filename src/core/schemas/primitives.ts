import * as z from 'zod/mini';
import { isPlainObject, toSafeRecord } from '../records';

/** `schema`, then `fn` on its output: zod/mini's form of classic zod's `schema.transform(fn)`. */
export function transform<T extends z.ZodMiniType, O>(schema: T, fn: (value: z.output<T>) => O) {
  return z.pipe(schema, z.transform<z.output<T>, O>(fn));
}

/** An optional field that may also arrive as `null`; read as `undefined`. */
export function optional<T extends z.ZodMiniType>(schema: T) {
  return transform(z.nullish(schema), (value) => value ?? undefined);
}

/**
 * Unix time in seconds or milliseconds, as a number or a numeric string. A numeric string too long
 * to be a finite number fails here rather than becoming `Infinity`, which `z.number()` refuses
 * when the session is read back from storage or from another tab.
 */
export const unixTime = z.union([
  z.number(),
  z.pipe(transform(z.string().check(z.regex(/^\d+$/)), Number), z.number()),
]);

/** PHP back ends send an empty map as `[]`; read it as `{}`. */
function emptyArrayAsObject(value: unknown): unknown {
  return Array.isArray(value) && value.length === 0 ? {} : value;
}

/**
 * A map keyed by server data, parsed into a plain object without `__proto__` / `constructor` /
 * `prototype` keys (read it with own-property lookups).
 */
export function safeRecord<V>(value: z.ZodMiniType<V>) {
  const entries = z.pipe(
    z.transform((input: unknown) => {
      const map = emptyArrayAsObject(input ?? {});
      return isPlainObject(map) ? Object.entries(map) : map;
    }),
    z.array(z.tuple([z.string(), value])),
  );
  return transform(entries, (pairs) => toSafeRecord<V>(pairs));
}

/**
 * An object the server sends empty (`{}`, `[]`, `null`) when there is none, e.g. `account` before
 * an account is chosen: read as `null` unless it carries an `id`. Anything else (a string where
 * the object belongs) is left to fail the schema.
 */
export function presentOrNull<T extends z.ZodMiniType>(schema: T) {
  return z.pipe(
    z.transform((value: unknown) => (isEmpty(value) ? null : value)),
    z.nullable(schema),
  );
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isPlainObject(value) && value.id === undefined;
}
