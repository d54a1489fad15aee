import type { RequestHandler } from 'msw';
import type { ActiveFault, MockFault } from './faults';
import { createMockFetch } from './fetch';
import { createHandlers, type Runtime } from './handlers';
import { resolveOptions, type MockBackendOptions } from './options';
import { createPipeline } from './pipeline';
import { createSessionsApi, type MockSessions } from './sessions';
import { createStateStore, membershipKey } from './state';
import { randomId } from './token';
import type { MockAccess, MockAlert } from './types';

/** A snapshot of the mock server, for assertions and demo controls. */
export interface MockBackendState {
  /** `select_account`: logged in, no account chosen yet; `locked`: behind the lock screen. */
  stage: 'signed_out' | 'select_account' | 'signed_in' | 'locked';
  /** Username of the signed-in user. */
  username: string | null;
  accountId: string | null;
  locked: boolean;
  /** Session id (the JWT's `sid`). */
  sid: string | null;
  /** Server-side data changed and no session has been fetched since. */
  stale: boolean;
  /** `'METHOD /path'` (e.g. `'GET /app/session'`, the `/:id` variants included) → requests handled. */
  requests: Readonly<Record<string, number>>;
  fault: ActiveFault | null;
}

/** A server-side change for `bumpSession`, applied to the signed-in user's current account. */
export interface SessionChange {
  /** Appended to the session's alerts. */
  alert?: MockAlert;
  /** Merged into the session's access. */
  access?: MockAccess;
}

export interface MockBackend {
  /** The MSW handlers: pass them to `setupServer` (msw/node) or `setupWorker` (msw/browser). */
  handlers: RequestHandler[];
  /**
   * A `fetch` answered by this backend (both APIs, faults and latency included) without MSW's
   * interception: give it to a client's `fetch` option. It keeps the mock's cookie as a browser
   * would (in Node); `offline` rejects with a `TypeError`.
   */
  fetch: typeof fetch;
  /** The sessions API (`/sessions…`): its JWKS, stored records and request counts. */
  sessions: MockSessions;
  /** A fresh snapshot on every read. */
  readonly state: MockBackendState;
  /** Injects a failure into the following answers; `null` clears it. */
  setFault(fault: MockFault | null): void;
  /**
   * Changes server-side data (default: adds a "New activity" alert) and marks answers
   * `X-Session-Status: stale` until the client fetches a session again. Without a signed-in
   * account only the stale mark applies.
   */
  bumpSession(change?: SessionChange): void;
  /** Signs out, forgets data changes, request counts, the fault and `fetch`'s cookie. */
  reset(): void;
}

const newActivityAlert = (now: number): MockAlert => ({
  id: randomId('alert_', 4),
  title: 'New activity',
  description: 'Alerts you when something changes in your account.',
  text: 'Something changed in your account since you last looked.',
  href: '',
  access: '*',
  priority: 2,
  timestamp: now,
});

/**
 * A stateful in-memory session API for tests, stories and demos, as MSW handlers.
 *
 * @example
 * // In tests (msw/node); in the browser pass the same handlers to setupWorker from msw/browser.
 * import { setupServer } from 'msw/node';
 * import { createMockBackend, mockUsers } from 'react-session-kit/mock';
 *
 * const backend = createMockBackend({ envelope: 'data', jwtTransport: 'cookie' });
 * const server = setupServer(...backend.handlers);
 * beforeAll(() => server.listen());
 * afterEach(() => backend.reset());
 *
 * it('shows the select-account step', async () => {
 *   // … log in as mockUsers.multi through the UI, then:
 *   expect(backend.state.stage).toBe('select_account');
 *   backend.setFault({ type: 'offline', only: ['/app/login-account'], times: 1 });
 * });
 *
 * // Without MSW: the backend answers a client's requests itself.
 * const client = createSessionClient({ apiUrl: 'https://api.example.test', fetch: backend.fetch });
 */
export function createMockBackend(options?: MockBackendOptions): MockBackend {
  const resolved = resolveOptions(options);
  const runtime: Runtime = {
    options: resolved,
    store: createStateStore(resolved.storage, resolved.storageKey),
    pipeline: createPipeline(resolved.latency),
    requests: {},
  };

  const sessions = createSessionsApi(
    {
      apiUrl: resolved.apiUrl,
      users: resolved.users,
      currentSession: () => {
        const { session } = runtime.store.read();
        const user = resolved.users.find((candidate) => candidate.username === session?.username);
        return session && user ? { sid: session.sid, userId: user.profile.id } : null;
      },
      onRevokeCurrent: () => {
        const state = runtime.store.read();
        state.session = null;
        runtime.store.write(state);
      },
    },
    runtime.pipeline,
  );

  const handlers = [...createHandlers(runtime), ...sessions.handlers];
  const mockFetch = createMockFetch(handlers);
  return {
    handlers,
    fetch: mockFetch.fetch,
    sessions,
    get state(): MockBackendState {
      const { session, stale } = runtime.store.read();
      const stage: MockBackendState['stage'] =
        session === null
          ? 'signed_out'
          : session.accountId === null
            ? 'select_account'
            : session.locked
              ? 'locked'
              : 'signed_in';
      return {
        stage,
        username: session?.username ?? null,
        accountId: session?.accountId ?? null,
        locked: session?.locked ?? false,
        sid: session?.sid ?? null,
        stale,
        requests: { ...runtime.requests },
        fault: runtime.pipeline.faults.current(),
      };
    },
    setFault: (fault) => runtime.pipeline.faults.set(fault),
    bumpSession(change) {
      const state = runtime.store.read();
      const { session } = state;
      if (session !== null && session.accountId !== null) {
        const key = membershipKey(session.username, session.accountId);
        const alert = change ? change.alert : newActivityAlert(Math.floor(Date.now() / 1000));
        if (alert) state.addedAlerts[key] = [...(state.addedAlerts[key] ?? []), alert];
        if (change?.access)
          state.grantedAccess[key] = { ...state.grantedAccess[key], ...change.access };
      }
      state.stale = true;
      runtime.store.write(state);
    },
    reset() {
      runtime.store.clear();
      sessions.reset();
      runtime.requests = {};
      runtime.pipeline.faults.set(null);
      mockFetch.clearCookies();
    },
  };
}
