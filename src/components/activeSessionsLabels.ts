import type { SessionRecordStatus } from '../sessions/schemas';

/**
 * Every string `<ActiveSessions>` shows or announces. Pass some or all with its `labels` prop;
 * errors use the provider's `labels.error`. Functions take what the text depends on.
 */
export interface ActiveSessionsLabels {
  /** The section heading. */
  title: string;
  loading: string;
  /** No sessions to show. */
  empty: string;
  /** The retry button of the load error. */
  retry: string;
  /** What a session runs on: `browser` ("Chrome 126") and `device` ("iPhone"), either may be missing. */
  device: (browser: string | null, device: string | null) => string;
  /** A mobile device, read after its name. */
  mobile: string;
  /** The badge of this device's session. */
  thisDevice: string;
  /** Term of the location detail ("Berlin, Germany"). */
  location: string;
  /** Term of the IP address detail. */
  ipAddress: string;
  /** Term of the last-active detail ("4 minutes ago"). */
  lastActive: string;
  /** Shown when the location is not known. */
  unknownLocation: string;
  /** The status badge, for every documented status. */
  status: Record<SessionRecordStatus, string>;
  /** The badge of a status this version does not know. */
  unknownStatus: (status: string) => string;
  /** The revoke button of a session (visible text). */
  revoke: string;
  /** Its accessible name, naming the session. */
  revokeSession: (device: string) => string;
  /** The question of the confirmation step. */
  confirmRevoke: (device: string) => string;
  /** The confirm button. */
  confirm: string;
  cancel: string;
  /** Announced once a session is signed out. */
  revoked: (device: string) => string;
  /** Shown when signing a session out fails. */
  revokeFailed: (device: string, message: string) => string;
  /** The "sign out everywhere else" button. */
  revokeOthers: string;
  confirmRevokeOthers: (count: number) => string;
  revokedOthers: (count: number) => string;
  revokeOthersFailed: (failed: number, message: string) => string;
  /** The button that loads more sessions, with how many are left. */
  showMore: (remaining: number) => string;
}

/** The English defaults. */
export const defaultActiveSessionsLabels: ActiveSessionsLabels = {
  title: 'Active sessions',
  loading: 'Loading sessions…',
  empty: 'There are no active sessions.',
  retry: 'Try again',
  device: (browser, device) =>
    browser && device ? `${browser} on ${device}` : (browser ?? device ?? 'Unknown device'),
  mobile: 'mobile',
  thisDevice: 'This device',
  location: 'Location',
  ipAddress: 'IP address',
  lastActive: 'Last active',
  unknownLocation: 'Unknown location',
  status: {
    active: 'Active',
    pending: 'Pending',
    revoked: 'Signed out',
    ended: 'Ended',
    expired: 'Expired',
    removed: 'Removed',
    abandoned: 'Abandoned',
    replaced: 'Replaced',
  },
  unknownStatus: (status) => status.charAt(0).toUpperCase() + status.slice(1).replace(/_/g, ' '),
  revoke: 'Sign out',
  revokeSession: (device) => `Sign out of ${device}`,
  confirmRevoke: (device) => `Sign out of ${device}?`,
  confirm: 'Sign out',
  cancel: 'Cancel',
  revoked: (device) => `Signed out of ${device}.`,
  revokeFailed: (device, message) => `Could not sign out of ${device}. ${message}`,
  revokeOthers: 'Sign out of all other sessions',
  confirmRevokeOthers: (count) =>
    count === 1 ? 'Sign out of 1 other session?' : `Sign out of all ${count} other sessions?`,
  revokedOthers: (count) => (count === 1 ? 'Signed out of 1 other session.' : `Signed out of ${count} other sessions.`),
  revokeOthersFailed: (failed, message) =>
    `Could not sign out of ${failed === 1 ? '1 session' : `${failed} sessions`}. ${message}`,
  showMore: (remaining) => `Show more (${remaining})`,
};
