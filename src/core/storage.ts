import * as z from 'zod/mini';
import { sessionSchema, type Session } from './schemas/session';

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
  /** `<storageKey>:<apiUrl>`: the prefix of every key, and the name of the cross-tab channel. */
  readonly namespace: string;
  /** The storage key of the session, for `storage` events. */
  readonly key: string;
  /** The stored session when it is of this API, not older than `maxAge` and not from the future. */
  read(now?: number): StoredSession | null;
  write(session: Session, savedAt: number): void;
  clear(): void;
  /**
   * Small values of the signed-in user (dismissed alerts), all kept under one key that `clear()`
   * removes with the session: a logout leaves nothing of the user behind.
   */
  readItem(name: string): string | null;
  writeItem(name: string, value: string): void;
}

const formatVersion = 2;
const storedSchema = z.object({
  v: z.literal(formatVersion),
  api: z.string(),
  savedAt: z.number(),
  session: sessionSchema,
});

/** Default `maxStoredAge`: a week. */
export const defaultMaxStoredAge = 7 * 24 * 60 * 60_000;
/** How far in the future a time from storage or another tab may be: clocks of one machine agree. */
export const clockSkew = 5_000;

export interface SessionStoreOptions {
  /** The API the session belongs to: part of every key, and checked on read. */
  apiUrl: string;
  storage?: StorageOption;
  /** Default `'react-session-kit'`. */
  storageKey?: string;
  /** Milliseconds after which a stored session is discarded unread. Default a week. */
  maxAge?: number;
  /** Keep `jwt` in storage: only for a bearer deployment, which needs it after a reload. */
  keepJwt?: boolean;
}

/**
 * Versioned, schema-checked storage of the last good session, namespaced by `storageKey` and by
 * the API, so two apps (or two providers) on one origin never read each other's session or token.
 * Corrupt, foreign, expired or future-dated data is removed on read; storage that is blocked or
 * full falls back to memory.
 */
export function createSessionStore(options: SessionStoreOptions): SessionStore {
  const api = options.apiUrl;
  const namespace = `${options.storageKey ?? 'react-session-kit'}:${api}`;
  const key = `${namespace}:session`;
  const itemsKey = `${namespace}:user`;
  const maxAge = options.maxAge ?? defaultMaxStoredAge;
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

  function readItems(): Record<string, unknown> {
    try {
      // A spread keeps own keys only: null, numbers and booleans give {}.
      return { ...JSON.parse(safely((target) => target.getItem(itemsKey), null) ?? '{}') };
    } catch {
      return {};
    }
  }

  return {
    namespace,
    key,
    read(now = Date.now()) {
      const raw = safely((target) => target.getItem(key), null);
      if (raw === null) return null;
      const stored = parseStored(raw, api);
      const usable = stored && stored.savedAt >= now - maxAge && stored.savedAt <= now + clockSkew;
      if (!usable) safely((target) => target.removeItem(key), undefined);
      return usable ? stored : null;
    },
    write(session, savedAt) {
      const kept = options.keepJwt ? session : { ...session, jwt: null };
      const value = JSON.stringify({ v: formatVersion, api, savedAt, session: kept });
      if (!safely((target) => (target.setItem(key, value), true), false))
        storage.setItem(key, value);
    },
    clear() {
      safely((target) => (target.removeItem(key), target.removeItem(itemsKey)), undefined);
    },
    readItem(name) {
      const value = readItems()[name];
      return typeof value === 'string' ? value : null;
    },
    writeItem(name, value) {
      const items = JSON.stringify({ ...readItems(), [name]: value });
      safely((target) => target.setItem(itemsKey, items), undefined);
    },
  };
}

/** Reads a stored session string of the API `api`; `null` when it is not one. */
export function parseStored(raw: string, api: string): StoredSession | null {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success && parsed.data.api === api
      ? { session: parsed.data.session, savedAt: parsed.data.savedAt }
      : null;
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
