import { hashKey, type QueryKey } from '@tanstack/react-query';

export function queryKeyEquals(a: QueryKey, b: QueryKey): boolean {
  return hashKey(a) === hashKey(b);
}
