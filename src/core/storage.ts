import * as z from 'zod/mini';
import { sessionSchema, type Session } from './schemas/model';

/** The part of the Web Storage API the kit uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where the last good session is kept between page loads. */
export type StorageOption = 'local' | 'session' | 'memory' | StorageLike;

export interface StoredSession {
  session: Session;
  savedAt: number;
}

export interface SessionStore {
  /** The storage key of the session, for `storage` events. */
  readonly key: string;
  read(): StoredSession | null;
  write(session: Session, savedAt: number): void;
  clear(): void;
  /** Small per-user values (dismissed alerts), namespaced under the same key. */
  readItem(name: string): string | null;
  writeItem(name: string, value: string): void;
}

const formatVersion = 1;
const storedSchema = z.object({
  v: z.literal(formatVersion),
  savedAt: z.number(),
  session: sessionSchema,
});

export interface SessionStoreOptions {
  storage?: StorageOption;
  /** Default `'react-session-kit'`. */
  storageKey?: string;
  /** Keep `jwt` in storage: only for a bearer deployment, which needs it after a reload. */
  keepJwt?: boolean;
}

/**
 * Versioned, namespaced, schema-checked storage of the last good session. Corrupt or foreign data
 * is removed on read; storage that is blocked or full falls back to memory.
 */
export function createSessionStore(options: SessionStoreOptions = {}): SessionStore {
  const prefix = options.storageKey ?? 'react-session-kit';
  const key = `${prefix}:session`;
  let storage = resolveStorage(options.storage ?? 'local');

  function safely<T>(run: (target: StorageLike) => T, fallback: T): T {
    try {
      return run(storage);
    } catch {
      // Blocked (SecurityError) or full (QuotaExceededError): keep going in memory. A full storage
      // still holds the last session written: remove it (removing frees space, so it works), or
      // it would outlive a logout and be shown first after the next reload.
      const failing = storage;
      storage = memoryStorage();
      try {
        failing.removeItem(key);
      } catch {
        // Blocked: nothing can be read from it either.
      }
      return fallback;
    }
  }

  return {
    key,
    read() {
      const raw = safely((target) => target.getItem(key), null);
      if (raw === null) return null;
      const stored = parseStored(raw);
      if (!stored) safely((target) => target.removeItem(key), undefined);
      return stored;
    },
    write(session, savedAt) {
      const kept = options.keepJwt ? session : { ...session, jwt: null };
      const value = JSON.stringify({ v: formatVersion, savedAt, session: kept });
      if (!safely((target) => (target.setItem(key, value), true), false))
        storage.setItem(key, value);
    },
    clear() {
      safely((target) => target.removeItem(key), undefined);
    },
    readItem: (name) => safely((target) => target.getItem(`${prefix}:${name}`), null),
    writeItem(name, value) {
      safely((target) => target.setItem(`${prefix}:${name}`, value), undefined);
    },
  };
}

/** Reads a stored session string; `null` when it is not one. */
export function parseStored(raw: string): StoredSession | null {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { session: parsed.data.session, savedAt: parsed.data.savedAt } : null;
  } catch {
    return null;
  }
}

function resolveStorage(option: StorageOption): StorageLike {
  if (typeof option === 'object') return option;
  if (option === 'memory' || typeof window === 'undefined') return memoryStorage();
  try {
    const storage = option === 'session' ? window.sessionStorage : window.localStorage;
    const probe = 'react-session-kit:probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStorage();
  }
}

export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
