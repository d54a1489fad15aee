import type { QueryKey } from '@tanstack/query-core';

/** Equality of two query keys made of strings, like every key of the kit. */
export function queryKeyEquals(a: QueryKey, b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}
