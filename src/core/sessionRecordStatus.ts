/** The statuses the sessions API documents (here, not in /sessions: the root `Labels` names them). */
export const sessionRecordStatuses = [
  'active',
  'revoked',
  'ended',
  'expired',
  'removed',
  'abandoned',
  'replaced',
  'pending',
] as const;

/** A documented session status. */
export type SessionRecordStatus = (typeof sessionRecordStatuses)[number];
