import { createContext, type ReactNode } from 'react';
import type { DeviceSessionsClient } from './client';

/** The client set by `<DeviceSessionsProvider>`; `null`: one on the session client's transport. */
export const DeviceSessionsClientContext = createContext<DeviceSessionsClient | null>(null);

export interface DeviceSessionsProviderProps {
  /** A client from `createDeviceSessionsClient`, e.g. for another URL than the session API's. */
  client: DeviceSessionsClient;
  children?: ReactNode;
}

/**
 * Gives the sessions hooks and `<ActiveSessions>` below it a sessions client of your own. Not
 * needed otherwise: without it they use one sharing the session client's transport (same API
 * URL, credentials and bearer JWT). Place it inside `<SessionProvider>`.
 *
 * @example
 * <DeviceSessionsProvider client={createDeviceSessionsClient({ apiUrl: '/api/auth' })}>
 *   <ActiveSessions />
 * </DeviceSessionsProvider>
 */
export function DeviceSessionsProvider({ client, children }: DeviceSessionsProviderProps) {
  return (
    <DeviceSessionsClientContext.Provider value={client}>
      {children}
    </DeviceSessionsClientContext.Provider>
  );
}
