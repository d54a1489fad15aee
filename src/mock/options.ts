import { mockUsers } from './fixtures';
import type { MockUser } from './types';

/** The subset of the Web Storage API the mock persists its server state in (`localStorage` fits). */
export interface MockStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * How the mock speaks: each option picks one variant of the real API. Every field is optional.
 *
 * @example
 * createMockBackend({
 *   envelope: 'payload',
 *   accountList: 'pairs',
 *   latency: [200, 600],
 *   storage: window.localStorage, // survives reloads, shared by tabs
 * });
 */
export interface MockBackendOptions {
  /**
   * Base URL the handlers answer under (`${apiUrl}/app/session`, …). A trailing slash is ignored.
   * @default 'https://api.example.test'
   */
  apiUrl?: string;
  /**
   * Body envelope, for answers and errors alike:
   * - `'bare'`: the object itself; errors `{ error: { type, code, message, fields } }`.
   * - `'data'`: `{ success: true, message: '', data }`; errors `{ success: false, message, data: { fields } }`.
   * - `'payload'`: `{ success: true, message: '', payload }`; errors
   *   `{ success: false, message, payload: { error: { fields } } }`.
   * @default 'bare'
   */
  envelope?: 'bare' | 'data' | 'payload';
  /**
   * Where the user's JWT travels after log-in, and where the mock looks for it in requests:
   * - `'cookie'`: `Set-Cookie: BackstackJWT=…; HttpOnly; Path=/; SameSite=None; Secure`, and the
   *   body's `jwt` too, as the reference API does (the kit drops it and keeps its `sid`); requests
   *   must send the cookie (the kit's default `jwtTransport: 'cookie'`).
   * - `'body'`: the session's `jwt` field; requests must send `Authorization: Bearer <jwt>` (the
   *   kit's `jwtTransport: 'bearer'`).
   * - `'header'`: an `X-JWT` response header; the body's `jwt` is `''`; requests as `'body'`.
   *
   * A request without the JWT is signed out, as on a real server.
   * @default 'cookie'
   */
  jwtTransport?: 'cookie' | 'body' | 'header';
  /**
   * Shape of account lists (select-account answers, `GET /app/login-account`, `GET /user/change-account`):
   * `'map'` `{"acc_1": "Foo"}`, `'pairs'` `[{"acc_1": "Foo"}]`, `'objects'` `[{ id, title }]`.
   * @default 'map'
   */
  accountList?: 'map' | 'pairs' | 'objects';
  /**
   * Oldest generation of the API: account selection is answered with `auth: false`,
   * `signal: 'select_account'`, `signal_data: { accounts, last_login }`; the signed-out session carries
   * `signal: 'login'` (`'logout'` in the log-out answer).
   * @default false
   */
  legacySignals?: boolean;
  /**
   * Where `POST /app/login-account` and `POST /user/change-account` take the account id:
   * `'body'` (`{ account_id }`), `'path'` (`…/:id`, no body) or `'either'`. The variant not chosen answers 404.
   * @default 'either'
   */
  accountIdIn?: 'body' | 'path' | 'either';
  /**
   * Delay before every answer, in ms: a fixed number or a `[min, max]` range.
   * @default 0
   */
  latency?: number | readonly [min: number, max: number];
  /**
   * Send `X-Session-Status: auth | current | stale` on every answer.
   * @default true
   */
  sessionStatusHeader?: boolean;
  /**
   * Persist the server state (who is logged in, which account, locked, data changes) here, so an
   * in-browser demo survives reloads and tabs share one server. Faults and request counts stay in memory.
   * @default in memory
   */
  storage?: MockStorage;
  /**
   * Key of the server state in `storage`.
   * @default 'react-session-kit/mock'
   */
  storageKey?: string;
  /**
   * The users the mock accepts.
   * @default Object.values(mockUsers)
   */
  users?: readonly MockUser[];
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  apiUrl: string;
  envelope: 'bare' | 'data' | 'payload';
  jwtTransport: 'cookie' | 'body' | 'header';
  accountList: 'map' | 'pairs' | 'objects';
  legacySignals: boolean;
  accountIdIn: 'body' | 'path' | 'either';
  latency: number | readonly [number, number];
  sessionStatusHeader: boolean;
  storage: MockStorage | undefined;
  storageKey: string;
  users: readonly MockUser[];
}

export function resolveOptions(options: MockBackendOptions = {}): ResolvedOptions {
  return {
    apiUrl: (options.apiUrl ?? 'https://api.example.test').replace(/\/+$/, ''),
    envelope: options.envelope ?? 'bare',
    jwtTransport: options.jwtTransport ?? 'cookie',
    accountList: options.accountList ?? 'map',
    legacySignals: options.legacySignals ?? false,
    accountIdIn: options.accountIdIn ?? 'either',
    latency: options.latency ?? 0,
    sessionStatusHeader: options.sessionStatusHeader ?? true,
    storage: options.storage,
    storageKey: options.storageKey ?? 'react-session-kit/mock',
    users: options.users ?? Object.values(mockUsers),
  };
}
