import * as z from 'zod/mini';
import { optional, safeRecord, unixTime } from '../core/schemas/primitives';
import { sessionRecordStatuses, type SessionRecordStatus } from '../core/sessionRecordStatus';

export { sessionRecordStatuses, type SessionRecordStatus };

/** A record's status: a documented one, or a newer one kept as its string. */
export type SessionRecordStatusValue = SessionRecordStatus | (string & {});

const toStatus = (status: string): SessionRecordStatusValue => status;

const knownStatuses: ReadonlySet<string> = new Set(sessionRecordStatuses);

/** True when `status` is one of the eight documented statuses, and narrows it. */
export function isKnownSessionStatus(status: string): status is SessionRecordStatus {
  return knownStatuses.has(status);
}

/**
 * Below this a unix time is read as seconds, above it as milliseconds: 1e11 seconds is the year
 * 5138, 1e11 milliseconds is 1973.
 */
const millisecondsFrom = 1e11;

/**
 * Unix time in seconds or milliseconds (number or numeric string), as milliseconds; `0` stays `0`.
 * A value that is not finite once in milliseconds (`-1e308` seconds) is invalid, not `-Infinity`.
 */
const epochMs = z.pipe(
  z.pipe(
    unixTime,
    z.transform((value: number) => (value < millisecondsFrom ? value * 1000 : value)),
  ),
  z.number(),
);

const text = optional(z.string());

const activityFields = z.object({
  device_type: text,
  is_mobile: optional(z.boolean()),
  browser_name: text,
  browser_version: text,
  ip_address: text,
  city: text,
  country: text,
});

const activitySchema = z.pipe(
  activityFields,
  z.transform((activity: z.output<typeof activityFields>) => ({
    deviceType: activity.device_type,
    isMobile: activity.is_mobile,
    browserName: activity.browser_name,
    browserVersion: activity.browser_version,
    ipAddress: activity.ip_address,
    city: activity.city,
    country: activity.country,
  })),
);

/** Where and on what a session was last used. Every field may be missing. */
export type SessionActivity = z.output<typeof activitySchema>;

const nonEmpty = z.string().check(z.minLength(1));

const sessionRecordFields = z.object({
  object: optional(z.literal('session')),
  id: nonEmpty,
  user_id: z.string(),
  client_id: optional(z.string()),
  status: nonEmpty,
  actor: optional(safeRecord(z.unknown())),
  last_active_organization_id: optional(z.string()),
  last_active_at: optional(epochMs),
  expire_at: optional(epochMs),
  abandon_at: optional(epochMs),
  updated_at: optional(epochMs),
  created_at: optional(epochMs),
  latest_activity: optional(activitySchema),
});

/**
 * A session record of the sessions API (`GET /sessions`, `GET /sessions/{id}`, revoke, verify),
 * read into one camelCase model. Times arrive as unix seconds or milliseconds and leave as
 * milliseconds; an unknown status is kept as its string so a newer server cannot break a list.
 */
export const sessionRecordSchema = z.pipe(
  sessionRecordFields,
  z.transform((record: z.output<typeof sessionRecordFields>) => ({
    id: record.id,
    userId: record.user_id,
    clientId: record.client_id ?? null,
    status: toStatus(record.status),
    /** The user acting on behalf of this session's user (impersonation), when there is one. */
    actor: record.actor ?? null,
    lastActiveOrganizationId: record.last_active_organization_id ?? null,
    /** Milliseconds since the epoch; `0` when the server sent none. */
    lastActiveAt: record.last_active_at ?? 0,
    expireAt: record.expire_at ?? 0,
    abandonAt: record.abandon_at ?? 0,
    updatedAt: record.updated_at ?? 0,
    createdAt: record.created_at ?? 0,
    latestActivity: record.latest_activity ?? null,
  })),
);

/** One session of the sessions API, as the kit hands it out. */
export type SessionRecord = z.output<typeof sessionRecordSchema>;

/** `GET /sessions`: a plain list. */
export const sessionListSchema = z.array(sessionRecordSchema);

const pageFields = z.object({
  data: sessionListSchema,
  total_count: z.number().check(z.int(), z.nonnegative()),
});

/**
 * `GET /sessions?paginated=true`: `{data, total_count}`. A server that ignores `paginated` and
 * answers a plain list is read as one page holding everything.
 */
export const sessionPageSchema = z.union([
  z.pipe(
    pageFields,
    z.transform(({ data, total_count }: z.output<typeof pageFields>) => ({
      data,
      totalCount: total_count,
    })),
  ),
  z.pipe(
    sessionListSchema,
    z.transform((data: SessionRecord[]) => ({ data, totalCount: data.length })),
  ),
]);

/** One page of sessions and how many match the filter in all. */
export type SessionPage = z.output<typeof sessionPageSchema>;

const tokenFields = z.object({ object: optional(z.literal('token')), jwt: nonEmpty });

/** `POST /sessions/{id}/tokens/{template}`: `{object: "token", jwt}`. */
export const sessionTokenSchema = z.pipe(
  tokenFields,
  z.transform(({ jwt }: z.output<typeof tokenFields>) => jwt),
);
