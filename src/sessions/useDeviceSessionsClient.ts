import { useContext } from 'react';
import type { SessionClient } from '../core/client';
import { useSessionContext } from '../SessionContext';
import { createDeviceSessionsClient, type DeviceSessionsClient } from './client';
import { DeviceSessionsClientContext } from './DeviceSessionsProvider';

/**
 * The sessions API client: the one of `<DeviceSessionsProvider client>`, else one sharing the
 * session client's transport (same API URL, credentials and bearer JWT), made on first use.
 *
 * @example
 * const sessions = useDeviceSessionsClient()
 * const record = await sessions.get(id)
 */
export function useDeviceSessionsClient(): DeviceSessionsClient {
  const custom = useContext(DeviceSessionsClientContext);
  const { client } = useSessionContext('useDeviceSessionsClient');
  return custom ?? sessionsClientFor(client);
}

const madeFor = new WeakMap<object, DeviceSessionsClient>();

/** One sessions client per session client, shared by every hook. */
function sessionsClientFor(client: SessionClient): DeviceSessionsClient {
  let sessions = madeFor.get(client);
  if (!sessions) {
    sessions = createDeviceSessionsClient({ client });
    madeFor.set(client, sessions);
  }
  return sessions;
}
