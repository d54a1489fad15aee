import { useMemo } from 'react';
import { useSessionContext } from '../SessionContext';
import { createDeviceSessionKeys, type DeviceSessionKeys } from './keys';

/**
 * The sessions API's query keys under the provider's key scope, e.g. to invalidate lists after
 * your own request.
 *
 * @example
 * const sessionKeys = useDeviceSessionKeys()
 * queryClient.invalidateQueries({ queryKey: sessionKeys.lists(userId) })
 */
export function useDeviceSessionKeys(): DeviceSessionKeys {
  const { keys } = useSessionContext('useDeviceSessionKeys');
  return useMemo(() => createDeviceSessionKeys(keys), [keys]);
}
