import type { SessionError } from '../core/SessionError';

/**
 * How a failure should look (`data-tone`): `warning` when waiting or reconnecting will fix it
 * (offline, a timeout, a rate limit), `danger` when the user or the server must change something.
 */
export const errorTone = (error: SessionError): 'warning' | 'danger' =>
  error.kind === 'network' || error.kind === 'timeout' || error.kind === 'rate_limited'
    ? 'warning'
    : 'danger';
