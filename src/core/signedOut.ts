import type { Session } from './schemas/session';

/** The session of nobody: after a logout, or (`ended`) once the server has ended the session. */
export function signedOutSession(app: Session['app'], ended = false): Session {
  return {
    status: 'unauthenticated',
    app,
    account: null,
    user: null,
    access: {},
    alerts: [],
    accountChoices: null,
    accessSignature: null,
    jwt: null,
    sessionId: null,
    ended,
  };
}
