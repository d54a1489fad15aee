import { useState } from 'react';
import { useMutationState } from '@tanstack/react-query';
import { toSessionError } from '../../components/internal/errors';
import type { SessionError } from '../../core/SessionError';
import type { activeSessionsLabels } from '../labels';
import type { SessionRecord } from '../schemas';
import { useDeviceSessionsScope } from '../useDeviceSessionsScope';
import { useRevokeSession, type RevokeSessionResult } from '../useRevokeSession';

/** The confirmation of "Sign out of all other sessions" (a row's is its session id). */
export const allOthers = Symbol();

/**
 * ActiveSessions' sign-outs, as a tuple (the /sessions entry has no bytes for key names):
 * - every session signed out from this cache (kept visible), and those being signed out now;
 * - the open confirmation (a session id, `allOthers` or `null`) and its setter;
 * - what to announce, and the failure to show;
 * - `revokeSessions(targets, device)`: signs `targets` out; `device` names the one session of a row,
 *   else they are "all other sessions".
 * Focus is the component's: it knows its own tree.
 */
export function useRevokeFlow(
  currentSessionId: string | null | undefined,
  labels: typeof activeSessionsLabels,
  onRevoke: ((result: RevokeSessionResult) => void) | undefined,
  onError: ((error: SessionError) => void) | undefined,
) {
  const { keys, queryClient } = useDeviceSessionsScope('ActiveSessions');
  const revoke = useRevokeSession({ currentSessionId });
  const revokes = useMutationState(
    { filters: { mutationKey: keys.revoke }, select: ({ state }) => state },
    queryClient,
  );
  const [confirming, setConfirming] = useState<string | typeof allOthers | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failure, setFailure] = useState('');

  async function revokeSessions(targets: SessionRecord[], device?: string) {
    setConfirming(null);
    setFailure('');
    const done: RevokeSessionResult[] = [];
    const errors: SessionError[] = [];
    for (const result of await Promise.allSettled(
      targets.map((record) => revoke.mutateAsync(record.id)),
    )) {
      if (result.status === 'fulfilled') done.push(result.value);
      else errors.push(toSessionError(result.reason));
    }
    if (done.length > 0) {
      setAnnouncement(
        device !== undefined ? labels.revoked(device) : labels.revokedOthers(done.length),
      );
    }
    for (const result of done) onRevoke?.(result);
    if (errors[0]) {
      const message = labels.error(errors[0]);
      setFailure(
        device !== undefined
          ? labels.revokeFailed(device, message)
          : labels.revokeOthersFailed(errors.length, message),
      );
      for (const error of errors) onError?.(error);
    }
  }

  return [
    new Set(revokes.map((state) => state.variables)),
    new Set(revokes.filter((state) => state.status === 'pending').map((state) => state.variables)),
    confirming,
    setConfirming,
    announcement,
    failure,
    revokeSessions,
  ] as const;
}
