// Wire-shaped fixtures for the sessions tests.

/** A session record as the sessions API sends it, with `overrides` (an `undefined` value removes the field). */
export function record(overrides: Record<string, unknown>): Record<string, unknown> {
  const base: Record<string, unknown> = {
    object: 'session',
    id: 'sess_1',
    user_id: 'usr_1',
    client_id: 'client_1',
    actor: null,
    status: 'active',
    last_active_organization_id: null,
    last_active_at: 1_700_000_100_000,
    expire_at: 1_700_600_000_000,
    abandon_at: 1_702_000_000_000,
    updated_at: 1_700_000_100_000,
    created_at: 1_700_000_000_000,
    latest_activity: {
      object: 'session_activity',
      id: 'sess_activity_1',
      device_type: 'Macintosh',
      is_mobile: false,
      browser_name: 'Chrome',
      browser_version: '126.0',
      ip_address: '203.0.113.10',
      city: 'Berlin',
      country: 'DE',
    },
  };
  const merged = { ...base, ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete merged[key];
  return merged;
}

const base64url = (value: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(value)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** A JWT-shaped string with these claims and a fake signature (for client-side decoding only). */
export function unsignedJwt(claims: Record<string, unknown>): string {
  return `${base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.c2ln`;
}
