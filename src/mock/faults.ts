import { HttpResponse } from 'msw';
import { fail, type Reply } from './respond';
import type { ServerState } from './state';

/**
 * A failure to inject with `MockBackend.setFault`:
 * - `offline`: a network error (`fetch` rejects).
 * - `error`: that HTTP status with an error body (`message` defaults to a generic one).
 * - `rate_limited`: 429 with a `Retry-After: <seconds>` header.
 * - `expired`: the server-side session ends; authenticated endpoints answer 401 (public ones are untouched).
 * - `malformed`: 200 with an HTML page instead of JSON.
 * - `stale`: normal answers carrying `X-Session-Status: stale`.
 * - `slow`: normal answers after `ms` more milliseconds.
 *
 * Faults apply to both APIs of the mock: the session API and the sessions API (`/sessions…`, errors
 * in its own shape; `expired` and `stale` leave it alone, as it does not read the user's session).
 * `only` limits the fault to those endpoint paths (e.g. `['/app/session']`, `['/sessions/:id']`);
 * `times` clears it after it has applied that many times (default: until `setFault(null)`).
 *
 * @example
 * backend.setFault({ type: 'rate_limited', retryAfter: 30, only: ['/app/login'], times: 1 });
 * backend.setFault({ type: 'expired' }); // the next session refresh answers 401
 * backend.setFault(null);
 */
export type MockFault = (
  | { type: 'offline' }
  | { type: 'error'; status: number; message?: string }
  | { type: 'rate_limited'; retryAfter: number }
  | { type: 'expired' }
  | { type: 'malformed' }
  | { type: 'stale' }
  | { type: 'slow'; ms: number }
) & { only?: readonly string[]; times?: number };

/** The fault in force, with how many more requests it applies to (`undefined`: no limit). */
export interface ActiveFault {
  fault: MockFault;
  remaining: number | undefined;
}

/** Holds the fault in force and hands it out, one use at a time, to the requests it applies to. */
export function createFaultSlot() {
  let active: ActiveFault | null = null;
  return {
    current: () => active,
    set(fault: MockFault | null) {
      const spent = fault?.times !== undefined && fault.times <= 0;
      active = fault === null || spent ? null : { fault, remaining: fault.times };
    },
    /** The fault for a request to `path`, counting the use; `null` when none applies. */
    take(path: string, ignored: readonly MockFault['type'][]): MockFault | null {
      if (active === null) return null;
      const { fault, remaining } = active;
      if (fault.only !== undefined && !fault.only.includes(path)) return null;
      if (ignored.includes(fault.type)) return null;
      if (remaining !== undefined) {
        active = remaining > 1 ? { fault, remaining: remaining - 1 } : null;
      }
      return fault;
    },
  };
}

export type FaultSlot = ReturnType<typeof createFaultSlot>;

export const EXPIRED_MESSAGE = 'Your session has expired. Please log in again.';

/** The answer a fault gives instead of the endpoint's; `undefined` when the endpoint still answers. */
export function faultReply(fault: MockFault, state: ServerState): Reply | undefined {
  switch (fault.type) {
    case 'error':
      return fail(fault.status, fault.message ?? 'Something went wrong. Please try again.');
    case 'rate_limited':
      return fail(429, `Too many requests. Try again in ${fault.retryAfter} seconds.`);
    case 'expired':
      state.session = null;
      return fail(401, EXPIRED_MESSAGE);
    default:
      return undefined;
  }
}

/** What a misconfigured proxy or captive portal answers: 200 and a page of HTML. */
export const malformedResponse = () =>
  HttpResponse.html('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>', {
    status: 200,
  });
