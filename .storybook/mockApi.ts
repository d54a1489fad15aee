// The session API behind every story: a fresh `react-session-kit/mock` backend per story, served
// through msw-storybook-addon's worker. Each story gets its own API URL and its own server state,
// so stories rendered side by side (docs pages) or one after another (tests) never share a login.
//
// A story describes its server with `parameters.mockApi` (see MockApiParameters); raw MSW
// overrides still go in `parameters.msw` and win over the mock (use `*/app/login`-style paths,
// since each story's API URL differs).
import type { Loader, StoryContext } from '@storybook/react-vite';
import { delay, getResponse, http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { createSessionClient, type Session, type SessionClient } from 'react-session-kit';
import {
  createMockBackend,
  mockUsers,
  type MockBackend,
  type MockBackendOptions,
  type MockFault,
  type SessionChange,
} from 'react-session-kit/mock';

/** A fault that holds every request to `path` for a minute: the story stays in its pending state. */
export const pendingOn = (path: string): MockFault => ({ type: 'slow', ms: 60_000, only: [path] });

export interface MockApiParameters {
  /**
   * Log in as this user before the story renders (`'single'`, `'multi'`, `'restricted'`, or the
   * username of one of `backend.users`). Default: signed out.
   */
  user?: string;
  /**
   * For a multi-account user: the account id to select, or `'choose'` to stop at the account
   * choice. Default: the user's last-used account.
   */
  account?: string;
  /** Lock the screen after the login (the session's status is then `locked`). */
  locked?: boolean;
  /**
   * `createMockBackend` options (envelope, latency, users, …); `apiUrl` is set per story. The
   * latency applies to the story's own requests, not to the loader's login.
   */
  backend?: Omit<MockBackendOptions, 'apiUrl' | 'storage'>;
  /** Server-side changes applied after the login (`bumpSession`), e.g. extra alerts. */
  changes?: readonly SessionChange[];
  /** A fault injected once the story's session is ready (`setFault`). */
  fault?: MockFault;
  /**
   * Render before the session is known: the provider fetches it on mount, so the first render is
   * the loading state. Default `false`: the provider starts with the session the loader fetched.
   */
  fetchSession?: boolean;
}

declare module 'storybook/internal/csf' {
  interface Parameters {
    mockApi?: MockApiParameters;
  }
}

/** What the loader hands to the decorator and to `play` functions (`mockApiOf(context)`). */
export interface LoadedMockApi {
  /** Differs on every load of the story (a remount gets a fresh provider and backend). */
  generation: number;
  backend: MockBackend;
  apiUrl: string;
  /** The session to start the provider with; `null` when it must fetch one (`fetchSession`). */
  initialSession: Session | null;
  /**
   * The story's client, in bearer mode with the seeded user's JWT: the mock knows a user only by
   * the JWT sent, and one shared cookie jar would mix the logins of stories side by side.
   */
  client: SessionClient;
}

const apiRoot = 'https://api.example.test/stories';
const backends = new Map<
  string,
  { backend: MockBackend; latency: MockBackendOptions['latency'] }
>();
let generation = 0;

/** Sends each request to the backend of the story whose API URL it uses. */
const dispatcher = http.all(`${apiRoot}/:story/*`, async ({ request, params }) => {
  const story = backends.get(String(params.story));
  if (story?.latency !== undefined) await delay(latencyMs(story.latency));
  const response = story ? await getResponse(story.backend.handlers, request) : undefined;
  return (
    response ??
    HttpResponse.json(
      { error: { type: 'codebase', code: '404', message: 'Not found.' } },
      { status: 404 },
    )
  );
});

function latencyMs(latency: NonNullable<MockBackendOptions['latency']>): number {
  if (typeof latency === 'number') return latency;
  const [min, max] = latency;
  return min + Math.random() * (max - min);
}

/** The worker file is served from the Storybook root (staticDirs), next to iframe.html. */
function workerUrl(): string {
  return window.location.pathname.endsWith('/iframe.html')
    ? new URL('mockServiceWorker.js', window.location.href).pathname
    : '/mockServiceWorker.js';
}

const startMsw = mswLoader(async () => {
  // Initial handlers survive the addon's reset between stories; `parameters.msw` comes on top.
  const worker = setupWorker(dispatcher);
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: workerUrl() },
  });
  return worker;
});

/** A fetch that asks the backend directly, for seeding before the story renders. */
const directFetch =
  (backend: MockBackend): typeof fetch =>
  async (input, init) =>
    (await getResponse(backend.handlers, new Request(input, init))) ?? Response.error();

/** Creates the story's backend, logs in as asked and fetches the session the story starts with. */
export const mockApiLoader: Loader = async (context) => {
  await startMsw(context);
  const parameters = context.parameters.mockApi ?? {};
  const apiUrl = `${apiRoot}/${encodeURIComponent(context.id)}`;
  const { latency, ...options } = parameters.backend ?? {};
  const backend = createMockBackend({ jwtTransport: 'body', ...options, apiUrl });
  backends.set(context.id, { backend, latency });

  const seed = createSessionClient({ apiUrl, fetch: directFetch(backend), jwtTransport: 'bearer' });
  if (parameters.user !== undefined) {
    const users = parameters.backend?.users ?? Object.values(mockUsers);
    const user = users.find((candidate) => candidate.username === parameters.user);
    if (!user) throw new Error(`parameters.mockApi.user: no mock user "${parameters.user}"`);
    const session = await seed.login({ username: user.username, password: user.password });
    if (session.status === 'select_account' && parameters.account !== 'choose') {
      const choices = session.accountChoices;
      const accountId = parameters.account ?? choices?.lastLogin ?? choices?.accounts[0]?.id;
      if (accountId === undefined) throw new Error(`mock user "${user.username}" has no account`);
      await seed.selectAccount(accountId);
    }
  }
  if (parameters.locked) await seed.lockScreen();
  for (const change of parameters.changes ?? []) backend.bumpSession(change);
  const session = await seed.getSession();
  if (parameters.fault) backend.setFault(parameters.fault);

  const client = createSessionClient({ apiUrl, jwtTransport: 'bearer' });
  client.transport.setToken(seed.transport.getToken());

  generation += 1;
  const loaded: LoadedMockApi = {
    generation,
    backend,
    apiUrl,
    initialSession: parameters.fetchSession ? null : session,
    client,
  };
  return { mockApi: loaded };
};

/**
 * The story's mock backend, for `play` functions: inspect `state`, `setFault`, `bumpSession`.
 *
 * @example
 * play: async ({ canvas, userEvent, ...context }) => {
 *   mockApiOf(context).backend.setFault({ type: 'error', status: 500 });
 * }
 */
export function mockApiOf(context: Pick<StoryContext, 'loaded'>): LoadedMockApi {
  const loaded: unknown = context.loaded.mockApi;
  if (!loaded) throw new Error('mockApiOf: the mockApi loader did not run for this story');
  return loaded as LoadedMockApi;
}
