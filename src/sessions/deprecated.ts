// The names of 0.1.0, kept for one minor version: they differed from the session API's by one
// letter (`useSession` / `useSessions`, `SessionClient` / `SessionsClient`). Removed in 0.3.
import {
  createDeviceSessionsClient,
  type DeviceSessionsCallOptions,
  type DeviceSessionsClient,
  type DeviceSessionsClientOptions,
  type DeviceSessionsFilter,
} from './client';
import { useDeviceSessions } from './useDeviceSessions';
import { useDeviceSessionsClient } from './useDeviceSessionsClient';

/** @deprecated Renamed `createDeviceSessionsClient`; this name goes in 0.3. */
export const createSessionsClient = createDeviceSessionsClient;
/** @deprecated Renamed `useDeviceSessions`; this name goes in 0.3. */
export const useSessions = useDeviceSessions;
/** @deprecated Renamed `useDeviceSessionsClient`; this name goes in 0.3. */
export const useSessionsClient = useDeviceSessionsClient;
/** @deprecated Renamed `DeviceSessionsClient`; this name goes in 0.3. */
export type SessionsClient = DeviceSessionsClient;
/** @deprecated Renamed `DeviceSessionsClientOptions`; this name goes in 0.3. */
export type SessionsClientOptions = DeviceSessionsClientOptions;
/** @deprecated Renamed `DeviceSessionsFilter`; this name goes in 0.3. */
export type SessionsFilter = DeviceSessionsFilter;
/** @deprecated Renamed `DeviceSessionsCallOptions`; this name goes in 0.3. */
export type SessionsCallOptions = DeviceSessionsCallOptions;
