import { OneTimeSecret } from './core/OneTimeSecret';
import { useSessionMutation, withInput } from './useSessionMutation';

/**
 * Locks the screen (`GET /user/lock-screen`: the session keeps its user but loses its access,
 * `status: 'locked'`) and unlocks it with the password (`POST /user/lock-screen`).
 *
 * @example
 * const { lock, unlock } = useLockScreen()
 * lock.mutate()
 * unlock.mutate(password)
 */
export function useLockScreen() {
  const lock = useSessionMutation<void>('useLockScreen', (client) => client.lockScreen());
  const unlock = useSessionMutation<OneTimeSecret>('useLockScreen', (client, password) =>
    client.unlockScreen(password.take()),
  );
  return { lock, unlock: withInput(unlock, (password: string) => new OneTimeSecret(password)) };
}
