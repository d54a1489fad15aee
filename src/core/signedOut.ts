import type { Session } from './schemas/model';
import { toSafeRecord } from './records';

/** The session of nobody: what an expired or revoked session (401) turns into. */
export function signedOutSession(app: Session['app']): Session {
  return {
    status: 'unauthenticated',
    app,
    account: null,
    user: null,
    access: toSafeRecord<string>([]),
    alerts: [],
    accountChoices: null,
    accessSignature: null,
    jwt: null,
  };
}
