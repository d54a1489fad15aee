import type { MockUser } from './types';

// Fixtures of the sessions API mock: wire shapes (snake_case, unix milliseconds as upstream).

/** A session record as the sessions API sends it. */
export interface MockSessionRecord {
  object: 'session';
  id: string;
  user_id: string;
  client_id: string;
  status: string;
  actor: Record<string, unknown> | null;
  last_active_organization_id: string | null;
  last_active_at: number;
  expire_at: number;
  abandon_at: number;
  updated_at: number;
  created_at: number;
  latest_activity: MockSessionActivity | null;
}

export interface MockSessionActivity {
  object: 'session_activity';
  id: string;
  device_type: string;
  is_mobile: boolean;
  browser_name: string;
  browser_version: string;
  ip_address: string;
  city: string;
  country: string;
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

export interface Device {
  key: string;
  device: string;
  mobile: boolean;
  browser: string;
  version: string;
  ip: string;
  city: string;
  country: string;
}

export const devices = {
  mac: {
    key: 'mac',
    device: 'Macintosh',
    mobile: false,
    browser: 'Chrome',
    version: '126.0.0.0',
    ip: '203.0.113.10',
    city: 'Berlin',
    country: 'DE',
  },
  iphone: {
    key: 'iphone',
    device: 'iPhone',
    mobile: true,
    browser: 'Safari',
    version: '17.5',
    ip: '198.51.100.23',
    city: 'Lisbon',
    country: 'PT',
  },
  windows: {
    key: 'windows',
    device: 'Windows',
    mobile: false,
    browser: 'Firefox',
    version: '127.0',
    ip: '192.0.2.44',
    city: 'Toronto',
    country: 'CA',
  },
  android: {
    key: 'android',
    device: 'Android',
    mobile: true,
    browser: 'Chrome Mobile',
    version: '125.0.6422.165',
    ip: '198.51.100.77',
    city: 'São Paulo',
    country: 'BR',
  },
  ipad: {
    key: 'ipad',
    device: 'iPad',
    mobile: true,
    browser: 'Safari',
    version: '16.6',
    ip: '203.0.113.99',
    city: 'Osaka',
    country: 'JP',
  },
  linux: {
    key: 'linux',
    device: 'Linux',
    mobile: false,
    browser: 'Edge',
    version: '125.0.2535.92',
    ip: '192.0.2.200',
    city: 'Nairobi',
    country: 'KE',
  },
} satisfies Record<string, Device>;

/** The device the mock reports for the session a client logged in with ("this device"). */
export const thisDevice: Device = {
  key: 'this',
  device: 'Macintosh',
  mobile: false,
  browser: 'Chrome',
  version: '126.0.0.0',
  ip: '203.0.113.1',
  city: 'Amsterdam',
  country: 'NL',
};

export function activityOf(device: Device, sessionId: string): MockSessionActivity {
  return {
    object: 'session_activity',
    id: `sess_activity_${sessionId.replace(/^sess_/, '')}`,
    device_type: device.device,
    is_mobile: device.mobile,
    browser_name: device.browser,
    browser_version: device.version,
    ip_address: device.ip,
    city: device.city,
    country: device.country,
  };
}

/** A session record for user `userId`, created `age` ms before `now` and last active `idle` ms before `now`. */
export function mockSessionRecord(
  id: string,
  userId: string,
  status: string,
  device: Device,
  now: number,
  age: number,
  idle: number,
): MockSessionRecord {
  const createdAt = now - age;
  const lastActiveAt = now - idle;
  return {
    object: 'session',
    id,
    user_id: userId,
    client_id: `client_${id.replace(/^sess_/, '')}`,
    status,
    actor: null,
    last_active_organization_id: null,
    last_active_at: lastActiveAt,
    expire_at: lastActiveAt + 7 * day,
    abandon_at: createdAt + 30 * day,
    updated_at: lastActiveAt,
    created_at: createdAt,
    latest_activity: activityOf(device, id),
  };
}

type Plan = readonly [suffix: string, status: string, device: Device, age: number, idle: number];

/** The first user holds a session in every status; the others a few devices each. */
const everyStatus: readonly Plan[] = [
  ['mac', 'active', devices.mac, 3 * day, 4 * minute],
  ['iphone', 'active', devices.iphone, 10 * day, 2 * hour],
  ['windows', 'pending', devices.windows, 20 * minute, 20 * minute],
  ['android', 'revoked', devices.android, 12 * day, 9 * day],
  ['ipad', 'ended', devices.ipad, 15 * day, 14 * day],
  ['linux', 'expired', devices.linux, 40 * day, 33 * day],
  ['old-mac', 'removed', devices.mac, 60 * day, 58 * day],
  ['old-iphone', 'abandoned', devices.iphone, 90 * day, 61 * day],
  ['old-windows', 'replaced', devices.windows, 25 * day, 24 * day],
];

const fewDevices: readonly Plan[] = [
  ['mac', 'active', devices.mac, 2 * day, 15 * minute],
  ['android', 'active', devices.android, 6 * day, 5 * hour],
  ['linux', 'ended', devices.linux, 30 * day, 29 * day],
];

/** Id of a fixture session: `sess_<username>_<device>`, e.g. `sess_single_mac`. */
const fixtureSessionId = (username: string, suffix: string) => `sess_${username}_${suffix}`;

/** The fixture sessions of `users`, relative to `now` (ms). */
export function sessionFixtures(users: readonly MockUser[], now: number): MockSessionRecord[] {
  return users.flatMap((user, index) =>
    (index === 0 ? everyStatus : fewDevices).map(([suffix, status, device, age, idle]) =>
      mockSessionRecord(
        fixtureSessionId(user.username, suffix),
        user.profile.id,
        status,
        device,
        now,
        age,
        idle,
      ),
    ),
  );
}
