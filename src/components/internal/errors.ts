import { isSessionError, SessionError } from '../../core/SessionError';

/**
 * The one `onError` contract of the components: whatever failed reaches the user and `onError`
 * as a `SessionError` (a throw that is not one, e.g. from a custom client, as `kind: 'http'`).
 */
export const toSessionError = (caught: unknown): SessionError =>
  isSessionError(caught) ? caught : new SessionError({ kind: 'http' });

/**
 * How a failure should look (`data-tone`): `warning` when waiting or reconnecting will fix it
 * (offline, a timeout, a rate limit), `danger` when the user or the server must change something.
 */
export const errorTone = (error: SessionError): 'warning' | 'danger' =>
  error.kind === 'network' || error.kind === 'timeout' || error.kind === 'rate_limited'
    ? 'warning'
    : 'danger';
