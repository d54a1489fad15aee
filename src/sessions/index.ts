// react-session-kit/sessions: the sessions API (list, revoke, tokens), its hooks and <ActiveSessions>.
// Its own entry: an app that does not list sessions does not pay for them, even without tree-shaking.
export { createDeviceSessionsClient } from './client';
export type {
  DeviceSessionsClient,
  DeviceSessionsClientOptions,
  DeviceSessionsFilter,
  SessionTokenOptions,
  DeviceSessionsCallOptions,
} from './client';
export { createDeviceSessionKeys } from './keys';
export type { DeviceSessionKeys } from './keys';
export { DeviceSessionsProvider } from './DeviceSessionsProvider';
export type { DeviceSessionsProviderProps } from './DeviceSessionsProvider';
export {
  sessionRecordSchema,
  sessionRecordStatuses,
  sessionPageSchema,
  sessionListSchema,
  sessionTokenSchema,
  isKnownSessionStatus,
} from './schemas';
export type {
  SessionRecord,
  SessionRecordStatus,
  SessionRecordStatusValue,
  SessionActivity,
  SessionPage,
} from './schemas';
export { decodeJwtClaims, sessionIdFromJwt } from '../core/jwtClaims';
export type { JwtClaims } from '../core/jwtClaims';
export { SessionToken } from './sessionToken';
export { useDeviceSessions } from './useDeviceSessions';
export { useSessionRecord } from './useSessionRecord';
export { useRevokeSession } from './useRevokeSession';
export type { RevokeSessionOptions, RevokeSessionResult } from './useRevokeSession';
export { useSessionToken } from './useSessionToken';
export type { UseSessionTokenOptions, GetTokenOptions } from './useSessionToken';
export { useCurrentSessionId } from './useCurrentSessionId';
export { useDeviceSessionsClient } from './useDeviceSessionsClient';
export { ActiveSessions } from './components/ActiveSessions';
export type { ActiveSessionsProps } from './components/ActiveSessions';
export { formatRelativeTime } from './format';
export {
  createSessionsClient,
  useSessions,
  useSessionsClient,
  type SessionsClient,
  type SessionsClientOptions,
  type SessionsFilter,
  type SessionsCallOptions,
} from './deprecated';
