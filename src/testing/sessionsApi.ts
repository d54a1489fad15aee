import { devices, mockSessionRecord, thisDevice } from '../mock/sessionsFixtures';
import type { MockSessionRecord } from '../mock/sessionsFixtures';
import { fail, json, sessionToken } from './wire';

interface SessionsApiOptions {
  /** The signed-in user, whose sessions `GET /sessions` lists by default. */
  userId(): string | undefined;
  /** This device's session id: listed first, active. */
  thisDevice(): string | null;
  /** Before a revoke: may refuse it by throwing. */
  onRevoke(sessionId: string): Promise<void>;
}

const hour = 3_600_000;

/**
 * The sessions API behind `<ActiveSessions>`, in memory: this device and two others per user,
 * listed (filters, pages), read, revoked, and minting template tokens.
 */
export function createSessionsApi(options: SessionsApiOptions) {
  const records = new Map<string, MockSessionRecord[]>();

  function recordsOf(userId: string): MockSessionRecord[] {
    let list = records.get(userId);
    if (!list) {
      const at = Date.now();
      const sid = options.thisDevice();
      const other = (device: keyof typeof devices, age: number, idle: number) =>
        mockSessionRecord(
          `sess_${userId}_${device}`,
          userId,
          'active',
          devices[device],
          at,
          age,
          idle,
        );
      list = [
        ...(sid ? [mockSessionRecord(sid, userId, 'active', thisDevice, at, 2 * hour, 0)] : []),
        other('iphone', 240 * hour, 2 * hour),
        other('windows', 72 * hour, 26 * hour),
      ];
      records.set(userId, list);
    }
    return list;
  }

  function find(id: string): MockSessionRecord {
    const userId = options.userId();
    if (userId) recordsOf(userId);
    for (const list of records.values()) {
      const record = list.find((candidate) => candidate.id === id);
      if (record) return record;
    }
    return fail('not_found', 'The requested session was not found.');
  }

  function list(query: URLSearchParams) {
    const userId = query.get('user_id') ?? options.userId();
    const status = query.get('status');
    const all = (userId ? recordsOf(userId) : [])
      .filter((record) => status === null || record.status === status)
      .sort((a, b) => b.created_at - a.created_at);
    const offset = Number(query.get('offset') ?? 0);
    const page = all.slice(offset, offset + Number(query.get('limit') ?? 10));
    return query.get('paginated') === 'true' ? { data: page, total_count: all.length } : page;
  }

  async function route(method: string, path: string, query: URLSearchParams): Promise<Response> {
    if (method === 'GET' && path === '/sessions') return json(list(query));
    const [, id, action, template] =
      /^\/sessions\/([^/]+)(?:\/(revoke|tokens)(?:\/([^/]+))?)?$/.exec(path) ?? [];
    const record = id ? find(decodeURIComponent(id)) : fail('not_found', 'Not found.');
    if (method === 'GET' && action === undefined) return json(record);
    if (method === 'POST' && action === 'revoke') {
      await options.onRevoke(record.id);
      record.status = 'revoked';
      record.updated_at = Date.now();
      return json(record);
    }
    if (method === 'POST' && action === 'tokens' && template)
      return json({ object: 'token', jwt: sessionToken(record.user_id, record.id) });
    return fail('not_found', 'Not found.');
  }

  return { route };
}
