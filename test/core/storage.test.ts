import { describe, expect, it } from 'vitest';
import { createSessionStore, memoryStorage, type StorageLike } from '../../src/core/storage';
import { sessionAnswerSchema } from '../../src/core/schemas/sessionAnswer';
import { signedInBody } from '../fixtures/wire';

const session = sessionAnswerSchema.parse(signedInBody);

describe('createSessionStore', () => {
  it('writes a versioned, namespaced record and reads it back', () => {
    const storage = memoryStorage();
    const store = createSessionStore({ storage, storageKey: 'my-app' });
    store.write(session, 1234);
    const raw = JSON.parse(storage.getItem('my-app:session') ?? 'null');
    expect(raw).toMatchObject({ v: 1, savedAt: 1234, session: { status: 'authenticated' } });
    expect(store.read()?.session.user?.name).toBe('Demo User');
  });

  it('reads a session stored before `ended` existed as not ended', () => {
    const storage = memoryStorage();
    const { ended: _ended, ...older } = session;
    storage.setItem(
      'react-session-kit:session',
      JSON.stringify({ v: 1, savedAt: 1, session: older }),
    );
    const read = createSessionStore({ storage }).read();
    expect(read?.session.status).toBe('authenticated');
    expect(read?.session.ended).toBe(false);
  });

  it('never stores the JWT unless told to keep it (bearer deployments)', () => {
    const storage = memoryStorage();
    createSessionStore({ storage }).write(session, 1);
    expect(storage.getItem('react-session-kit:session')).not.toContain('header.payload.signature');
    createSessionStore({ storage, keepJwt: true }).write(session, 1);
    expect(storage.getItem('react-session-kit:session')).toContain('header.payload.signature');
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
    storage.setItem('react-session-kit:session', raw);
    expect(createSessionStore({ storage }).read()).toBeNull();
    expect(storage.getItem('react-session-kit:session')).toBeNull();
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
    const store = createSessionStore({ storage: blocked });
    expect(store.read()).toBeNull();
    store.write(session, 5);
    expect(store.read()?.savedAt).toBe(5);
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
    const store = createSessionStore({ storage: full });
    store.write(session, 9);
    expect(store.read()?.session.user?.id).toBe('usr_1');
  });
});
