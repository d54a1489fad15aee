import * as z from 'zod/mini';
import type { SessionClient } from '../core/client';
import { SessionError } from '../core/SessionError';
import { createTransport, type Transport, type TransportOptions } from '../core/transport';
import { pathSegment } from '../core/pathSegment';
import {
  sessionListSchema,
  sessionPageSchema,
  sessionRecordSchema,
  sessionTokenSchema,
  type SessionPage,
  type SessionRecord,
  type SessionRecordStatusValue,
} from './schemas';
import { sortNewestFirst } from './sortNewestFirst';
import { warnOnce } from '../core/warnOnce';

declare const process: { env: Record<string, string | undefined> };

/**
 * Which sessions `GET /sessions` returns. The API wants at least one of `userId` / `clientId`.
 * `limit` is 1–500 (server default 10).
 */
export interface DeviceSessionsFilter {
  userId?: string;
  clientId?: string;
  status?: SessionRecordStatusValue;
  limit?: number;
  offset?: number;
}

export interface SessionTokenOptions {
  /** Lifetime of the token, 30–315360000 seconds. Default: the template's own. */
  expiresInSeconds?: number;
}

export interface DeviceSessionsCallOptions {
  signal?: AbortSignal;
}

/**
 * Either the transport options of a client of its own (`apiUrl`, `appKey`, `fetch`, …), or
 * `{ client }` to share an existing session client's transport: same URL, credentials and
 * bearer JWT. The hooks do the latter when no `<DeviceSessionsProvider client>` is above them.
 */
export type DeviceSessionsClientOptions =
  TransportOptions | { client: Pick<SessionClient, 'transport'> };

/** A framework-free client of the sessions API (the user's sessions on every device). Every method throws `SessionError`. */
export interface DeviceSessionsClient {
  /** `GET /sessions`, newest first. */
  list(filter: DeviceSessionsFilter, options?: DeviceSessionsCallOptions): Promise<SessionRecord[]>;
  /** `GET /sessions?paginated=true`: one page, newest first, and the total count. */
  listPage(filter: DeviceSessionsFilter, options?: DeviceSessionsCallOptions): Promise<SessionPage>;
  /** `GET /sessions/{id}`. A missing session throws `kind: 'not_found'`. */
  get(id: string, options?: DeviceSessionsCallOptions): Promise<SessionRecord>;
  /** `POST /sessions/{id}/revoke`: the session, now `revoked`. */
  revoke(id: string, options?: DeviceSessionsCallOptions): Promise<SessionRecord>;
  /**
   * `POST /sessions/{id}/verify`: the session if `token` authenticates it.
   * @deprecated Deprecated upstream and removed on newer servers (`kind: 'gone'`, 410). Verify
   * session tokens on your server with `verifySessionToken` from `react-session-kit/server`.
   */
  verify(id: string, token: string, options?: DeviceSessionsCallOptions): Promise<SessionRecord>;
  /** `POST /sessions/{id}/tokens/{template}`: a JWT from a JWT template, as a string. */
  createToken(
    id: string,
    template: string,
    tokenOptions?: SessionTokenOptions,
    options?: DeviceSessionsCallOptions,
  ): Promise<string>;
}

export const minTokenSeconds = 30;
export const maxTokenSeconds = 315_360_000;

const goneMessage =
  'This server no longer verifies sessions. Verify session tokens locally instead.';

/**
 * Creates the sessions API client. Ids and template names are path-encoded; lists come back
 * newest first even when the server forgets.
 *
 * @example
 * const sessions = createDeviceSessionsClient({ apiUrl: 'https://api.example.com', appKey: 'pk_live_…' })
 * const mine = await sessions.list({ userId: 'user_123', status: 'active' })
 * await sessions.revoke(mine[1].id)
 */
export function createDeviceSessionsClient(
  options: DeviceSessionsClientOptions,
): DeviceSessionsClient {
  const transport: Transport =
    'client' in options ? options.client.transport : createTransport(options);
  const get = <T>(path: string, schema: z.ZodMiniType<T>, call?: DeviceSessionsCallOptions) =>
    transport.request({ method: 'GET', path, schema, signal: call?.signal });
  const post = <T>(
    path: string,
    body: unknown,
    schema: z.ZodMiniType<T>,
    call?: DeviceSessionsCallOptions,
  ) => transport.request({ method: 'POST', path, body, schema, signal: call?.signal });
  const sessionPath = (id: string) => `/sessions/${pathSegment(id, 'session_id')}`;

  return {
    async list(filter, call) {
      return sortNewestFirst(await get(listPath(filter, false), sessionListSchema, call));
    },
    async listPage(filter, call) {
      const page = await get(listPath(filter, true), sessionPageSchema, call);
      return { data: sortNewestFirst(page.data), totalCount: page.totalCount };
    },
    // Every method is async, so a refused id rejects like any other failure instead of throwing.
    get: async (id, call) => get(sessionPath(id), sessionRecordSchema, call),
    revoke: async (id, call) =>
      post(`${sessionPath(id)}/revoke`, undefined, sessionRecordSchema, call),
    async verify(id, token, call) {
      try {
        if (process.env.NODE_ENV !== 'production')
          warnOnce(
            'sessions.verify',
            '[react-session-kit] sessions.verify() calls a deprecated endpoint that newer servers have removed. ' +
              'Verify session tokens on your server with verifySessionToken from react-session-kit/server.',
          );
      } catch {
        // no bundler and no Node: production
      }
      try {
        return await post(`${sessionPath(id)}/verify`, { token }, sessionRecordSchema, call);
      } catch (error) {
        if (error instanceof SessionError && error.kind === 'gone') {
          throw new SessionError({
            kind: 'gone',
            status: 410,
            code: error.code,
            message: goneMessage,
          });
        }
        throw error;
      }
    },
    async createToken(id, template, tokenOptions, call) {
      const seconds = tokenOptions?.expiresInSeconds;
      if (seconds !== undefined) checkTokenSeconds(seconds);
      const path = `${sessionPath(id)}/tokens/${pathSegment(template, 'template_name')}`;
      const body = seconds === undefined ? {} : { expires_in_seconds: seconds };
      return post(path, body, sessionTokenSchema, call);
    },
  };
}

/** Refuses, before any request, a token lifetime the API would refuse. */
export function checkTokenSeconds(seconds: number): void {
  if (Number.isInteger(seconds) && seconds >= minTokenSeconds && seconds <= maxTokenSeconds) return;
  const message = `expires_in_seconds must be a whole number from ${minTokenSeconds} to ${maxTokenSeconds}.`;
  throw new SessionError({ kind: 'validation', message, fields: { expires_in_seconds: message } });
}

function listPath(filter: DeviceSessionsFilter, paginated: boolean): string {
  const params = {
    user_id: filter.userId,
    client_id: filter.clientId,
    status: filter.status,
    limit: filter.limit,
    offset: filter.offset,
    paginated: paginated || undefined,
  };
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined) query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `/sessions?${search}` : '/sessions';
}
