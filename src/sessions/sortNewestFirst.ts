import type { SessionRecord } from './schemas';

/**
 * Newest session first, by creation time; ties broken by last activity, then id, so the order
 * is stable whatever order the server sent. Returns a new array.
 */
export function sortNewestFirst(records: readonly SessionRecord[]): SessionRecord[] {
  return [...records].sort(
    (a, b) =>
      b.createdAt - a.createdAt ||
      b.lastActiveAt - a.lastActiveAt ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
