import type { SessionError } from '../core/SessionError';
import type { Labels } from '../components/labels';

// The English defaults of the /sessions components (the root's `defaultLabels` carries them too).

/** `<ActiveSessions>`. */
export const activeSessionsLabels = {
  activeSessions: 'Active sessions',
  loadingSessions: 'Loading sessions…',
  noSessions: 'There are no active sessions.',
  retry: 'Try again',
  sessionDevice: (browser, device) =>
    browser && device ? `${browser} on ${device}` : (browser ?? device ?? 'Unknown device'),
  mobile: 'mobile',
  thisDevice: 'This device',
  location: 'Location',
  ipAddress: 'IP address',
  lastActive: 'Last active',
  unknownLocation: 'Unknown location',
  sessionStatus: {
    active: 'Active',
    pending: 'Pending',
    revoked: 'Signed out',
    ended: 'Ended',
    expired: 'Expired',
    removed: 'Removed',
    abandoned: 'Abandoned',
    replaced: 'Replaced',
  },
  unknownSessionStatus: (status) =>
    status.charAt(0).toUpperCase() + status.slice(1).replace(/_/g, ' '),
  revoke: 'Sign out',
  revokeSession: (device) => `Sign out of ${device}`,
  confirmRevoke: (device) => `Sign out of ${device}?`,
  confirmRevokeButton: 'Sign out',
  cancel: 'Cancel',
  revoked: (device) => `Signed out of ${device}.`,
  revokeFailed: (device, message) => `Could not sign out of ${device}. ${message}`,
  revokeOthers: 'Sign out of all other sessions',
  confirmRevokeOthers: (count) =>
    count === 1 ? 'Sign out of 1 other session?' : `Sign out of all ${count} other sessions?`,
  revokedOthers: (count) =>
    count === 1 ? 'Signed out of 1 other session.' : `Signed out of ${count} other sessions.`,
  revokeOthersFailed: (failed, message) =>
    `Could not sign out of ${failed === 1 ? '1 session' : `${failed} sessions`}. ${message}`,
  showMoreSessions: (remaining) => `Show more (${remaining})`,
  error: (error: SessionError) => error.message,
} satisfies Partial<Labels>;
