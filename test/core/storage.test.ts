import { describe, expect, it } from 'vitest';
import { createSessionStore, memoryStorage, type StorageLike } from '../../src/core/storage';
import { sessionAnswerSchema } from '../../src/core/schemas/sessionAnswer';
import { apiUrl, signedInBody, storedKey } from '../fixtures/wire';

const session = sessionAnswerSchema.parse(signedInBody);

describe('createSessionStore', () => {
  it('writes a versioned, namespaced record and reads it back', () => {
    const storage = memoryStorage();
    const store = createSessionStore({ apiUrl, storage, storageKey: 'my-app' });
    const now = Date.now();
    store.write(session, now);
    const raw = JSON.parse(storage.getItem(`my-app:${apiUrl}:session`) ?? 'null');
    expect(raw).toMatchObject({
      v: 2,
      api: apiUrl,
      savedAt: now,
      session: { status: 'authenticated' },
    });
    expect(store.read()?.session.user?.name).toBe('Demo User');
  });

  it('reads a session stored before `ended` existed as not ended', () => {
    const storage = memoryStorage();
    const { ended: _ended, ...older } = session;
    storage.setItem(
      storedKey,
      JSON.stringify({ v: 2, api: apiUrl, savedAt: Date.now(), session: older }),
    );
    const read = createSessionStore({ apiUrl, storage }).read();
    expect(read?.session.status).toBe('authenticated');
    expect(read?.session.ended).toBe(false);
  });

  it('never stores the JWT unless told to keep it (bearer deployments)', () => {
    const storage = memoryStorage();
    createSessionStore({ apiUrl, storage }).write(session, 1);
    expect(storage.getItem(storedKey)).not.toContain('header.payload.signature');
    createSessionStore({ apiUrl, storage, keepJwt: true }).write(session, 1);
    expect(storage.getItem(storedKey)).toContain('header.payload.signature');
  });

  it.each([
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ v: 2, savedAt: 1, session: {} })],
    ['a foreign value', JSON.stringify({ hello: 'world' })],
    [
      'a session of the wrong shape',
      JSON.stringify({ v: 1, savedAt: 1, session: { status: 'authenticated', user: 5 } }),
    ],
  ])('removes %s and reads nothing', (_name, raw) => {
    const storage = memoryStorage();
    storage.setItem(storedKey, raw);
    expect(createSessionStore({ apiUrl, storage }).read()).toBeNull();
    expect(storage.getItem(storedKey)).toBeNull();
  });

  it('falls back to memory when storage is blocked', () => {
    const blocked: StorageLike = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const store = createSessionStore({ apiUrl, storage: blocked });
    expect(store.read()).toBeNull();
    const now = Date.now();
    store.write(session, now);
    expect(store.read()?.savedAt).toBe(now);
  });

  it('falls back to memory when storage is full, keeping the session', () => {
    const items = new Map<string, string>();
    const full: StorageLike = {
      getItem: (key) => items.get(key) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (key) => void items.delete(key),
    };
    const store = createSessionStore({ apiUrl, storage: full });
    store.write(session, Date.now());
    expect(store.read()?.session.user?.id).toBe('usr_1');
  });

  it.each([
    ['older than maxAge', (now: number) => now - 1001],
    ['dated in the future', (now: number) => now + 60_000],
  ])('discards a snapshot %s', (_name, savedAt) => {
    const storage = memoryStorage();
    const now = Date.now();
    createSessionStore({ apiUrl, storage }).write(session, savedAt(now));
    expect(createSessionStore({ apiUrl, storage, maxAge: 1000 }).read(now)).toBeNull();
    expect(storage.getItem(storedKey)).toBeNull();
  });

  it('keeps a snapshot within maxAge (default a week) and ignores one of another API', () => {
    const storage = memoryStorage();
    const now = Date.now();
    createSessionStore({ apiUrl, storage }).write(session, now - 6 * 24 * 3_600_000);
    expect(createSessionStore({ apiUrl, storage }).read(now)?.session.user?.id).toBe('usr_1');
    expect(createSessionStore({ apiUrl: 'https://other.test', storage }).read(now)).toBeNull();
    // Even copied under this API's key, another API's record is not read.
    const other = createSessionStore({ apiUrl: 'https://other.test', storage });
    other.write(session, now);
    storage.setItem(storedKey, storage.getItem(other.key)!);
    expect(createSessionStore({ apiUrl, storage }).read(now)).toBeNull();
  });
});
