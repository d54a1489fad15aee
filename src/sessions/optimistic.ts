import type { QueryClient } from '@tanstack/react-query';
import type { DeviceSessionKeys } from './keys';
import type { SessionPage, SessionRecord, SessionRecordStatusValue } from './schemas';

type Patch = (record: SessionRecord) => SessionRecord;

/** Applies `patch` to session `id` in every cached list and in its cached record. */
export function patchCachedSession(
  queryClient: QueryClient,
  keys: DeviceSessionKeys,
  userId: string,
  id: string,
  patch: Patch,
): void {
  queryClient.setQueriesData<SessionPage>({ queryKey: keys.lists(userId) }, (page) =>
    page && page.data.some((record) => record.id === id)
      ? { ...page, data: page.data.map((record) => (record.id === id ? patch(record) : record)) }
      : page,
  );
  queryClient.setQueryData<SessionRecord>(
    keys.record(userId, id),
    (record) => record && patch(record),
  );
}

/** The status session `id` has in the cache (its record, else the first list holding it). */
export function cachedStatus(
  queryClient: QueryClient,
  keys: DeviceSessionKeys,
  userId: string,
  id: string,
): SessionRecordStatusValue | undefined {
  const record = queryClient.getQueryData<SessionRecord>(keys.record(userId, id));
  if (record) return record.status;
  for (const [, page] of queryClient.getQueriesData<SessionPage>({
    queryKey: keys.lists(userId),
  })) {
    const found = page?.data.find((candidate) => candidate.id === id);
    if (found) return found.status;
  }
  return undefined;
}
