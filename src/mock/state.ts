import * as z from 'zod/mini';
import type { MockStorage } from './options';
import { randomId } from './token';

// The mock server's state: one server-side session at a time (one signed-in client), plus the data
// changes made through `bumpSession`. Plain JSON, so it can live in a Web Storage.

const alertSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  text: z.string(),
  href: z.string(),
  access: z.string(),
  priority: z.number(),
  timestamp: z.number(),
});

const sessionSchema = z.object({
  sid: z.string(),
  username: z.string(),
  /** `null` while the user has still to select an account. */
  accountId: z.nullable(z.string()),
  locked: z.boolean(),
  token: z.string(),
});

const serverStateSchema = z.object({
  version: z.literal(2),
  /** Signs this server's tokens: a token of another server (or of this one before a reset) is none of its own. */
  secret: z.string(),
  session: z.nullable(sessionSchema),
  /** Server-side data changed since the client last fetched a session. */
  stale: z.boolean(),
  /** username → id of the account selected last. */
  lastLogin: z.record(z.string(), z.string()),
  /** membershipKey → alerts added by `bumpSession`. */
  addedAlerts: z.record(z.string(), z.array(alertSchema)),
  /** membershipKey → access granted by `bumpSession`. */
  grantedAccess: z.record(z.string(), z.record(z.string(), z.string())),
});

export type ServerSession = z.infer<typeof sessionSchema>;
export type ServerState = z.infer<typeof serverStateSchema>;

const initialState = (): ServerState => ({
  version: 2,
  secret: randomId('', 16),
  session: null,
  stale: false,
  lastLogin: {},
  addedAlerts: {},
  grantedAccess: {},
});

/** Key of one user's membership of one account in `addedAlerts` / `grantedAccess`. */
export const membershipKey = (username: string, accountId: string) => `${username}/${accountId}`;

/** Where the server state lives: read it before handling a request, write it back after. */
export interface StateStore {
  read(): ServerState;
  write(state: ServerState): void;
  clear(): void;
}

function parseState(raw: string | null): ServerState {
  if (raw === null) return initialState();
  try {
    const parsed = serverStateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : initialState();
  } catch {
    return initialState();
  }
}

export function createStateStore(storage: MockStorage | undefined, key: string): StateStore {
  if (storage === undefined) {
    let state = initialState();
    return {
      read: () => state,
      write: (next) => {
        state = next;
      },
      clear: () => {
        state = initialState();
      },
    };
  }
  return {
    read: () => parseState(storage.getItem(key)),
    write: (next) => storage.setItem(key, JSON.stringify(next)),
    clear: () => storage.removeItem(key),
  };
}
