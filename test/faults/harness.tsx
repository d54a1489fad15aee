// The faults suite's set-up: the stateful mock backend behind MSW (users with passwords that
// appear nowhere else, so a leak cannot hide), an app made of the kit's own components, a
// `scenario` that counts itself for the figures line, and the secrets check run after each.
import { inspect } from 'node:util';
import { useState } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from 'vitest';
import {
  AccountSwitcher,
  LoginFlow,
  SessionProvider,
  useLogout,
  useSession,
  type SessionClient,
  type StorageOption,
} from '../../src';
import {
  createMockBackend,
  mockUsers,
  type MockBackendOptions,
  type MockFault,
  type MockUser,
} from '../../src/mock';
import { createFigures } from '../../scripts/figures';
import { storedKeyOf } from '../fixtures/wire';

export const apiUrl = 'https://api.faults.test';

/** The mock users, each with a password that is nowhere in the code, labels or fixtures. */
export const users: Record<'single' | 'multi' | 'restricted', MockUser> = {
  single: { ...mockUsers.single, password: 'pw-single-7Qe9zX' },
  multi: { ...mockUsers.multi, password: 'pw-multi-4Kd2wV' },
  restricted: { ...mockUsers.restricted, password: 'pw-restricted-8Hn5tB' },
};
const passwords = Object.values(users).map((user) => user.password);

/** Every JWT the mock handed out in this test (body `jwt` or `X-JWT`), to look for afterwards. */
export const issuedTokens = new Set<string>();

export function useBackend(server: SetupServer, options: MockBackendOptions = {}) {
  const backend = createMockBackend({ apiUrl, users: Object.values(users), ...options });
  server.resetHandlers(...backend.handlers);
  return backend;
}

/** Collects the tokens of mocked answers; call once per file after `setupServer`. */
export function watchTokens(server: SetupServer): void {
  server.events.on('response:mocked', async ({ response }) => {
    const header = response.headers.get('X-JWT');
    if (header) issuedTokens.add(header);
    try {
      const text = await response.clone().text();
      for (const match of text.matchAll(/"jwt":"([^"]+)"/g))
        if (match[1]) issuedTokens.add(match[1]);
    } catch {
      // not readable: nothing to collect
    }
  });
}

/** What the user sees: the kit's LoginFlow when signed out, the signed-in page otherwise. */
export function App({ autoSelectAccount = false }: { autoSelectAccount?: boolean }) {
  const { status, session, error, refresh } = useSession();
  const logout = useLogout();
  const [refreshes, setRefreshes] = useState(0);
  return (
    <>
      {status === 'loading' ? <p role="status">Loading the session…</p> : null}
      {status === 'authenticated' ? (
        <section aria-label="Account">
          <p>
            Signed in as {session.user.name} in {session.account.title}
          </p>
          <AccountSwitcher />
          <button type="button" onClick={() => logout.mutate()}>
            Log out
          </button>
        </section>
      ) : null}
      {status !== 'loading' && status !== 'authenticated' ? (
        <LoginFlow autoSelectAccount={autoSelectAccount} />
      ) : null}
      <button
        type="button"
        onClick={() => {
          setRefreshes(refreshes + 1);
          void refresh();
        }}
      >
        Refresh
      </button>
      <p data-testid="session-error">{error ? error.message : ''}</p>
    </>
  );
}

export interface AppOptions {
  storage?: StorageOption;
  client?: SessionClient;
  autoSelectAccount?: boolean;
  refetchOnWindowFocus?: boolean;
}

let current: { queryClient: QueryClient } | null = null;

/** Renders the app in a SessionProvider on a fresh QueryClient (the kit's own retry rules apply). */
export function renderApp(options: AppOptions = {}) {
  const queryClient = new QueryClient();
  current = { queryClient };
  const user = userEvent.setup();
  const view = render(
    <SessionProvider
      apiUrl={options.client ? undefined : apiUrl}
      client={options.client}
      queryClient={queryClient}
      storage={options.storage ?? 'local'}
      refetchOnWindowFocus={options.refetchOnWindowFocus}
    >
      <App autoSelectAccount={options.autoSelectAccount} />
    </SessionProvider>,
  );
  return { ...view, user, queryClient };
}

export async function logIn(
  user: ReturnType<typeof userEvent.setup>,
  who: MockUser,
  options: { submit?: 'click' | 'double-click' } = {},
) {
  const username = await screen.findByLabelText('Username');
  await user.clear(username);
  await user.type(username, who.username);
  await user.type(screen.getByLabelText('Password'), who.password);
  const button = screen.getByRole('button', { name: 'Log in' });
  if (options.submit === 'double-click') await user.dblClick(button);
  else await user.click(button);
}

/** Renders the app and logs `who` in through the UI; the page stays open. */
export async function signIn(who: MockUser = users.single, options: AppOptions = {}) {
  const view = renderApp(options);
  await logIn(view.user, who);
  await expectSignedIn(who);
  return view;
}

/** The app rendered (with `options`), then `fault` set on `backend`, and `single` logging in. */
export async function logInDespite(
  backend: ReturnType<typeof useBackend>,
  fault: MockFault,
  options: AppOptions = {},
) {
  const { user } = renderApp(options);
  backend.setFault(fault);
  await logIn(user, users.single);
  return { user };
}

/** The stored session (what a reload shows first) is `who`'s. */
export function expectStoredUser(who: MockUser) {
  expect(storedSession()?.session.user?.name).toBe(who.profile.name);
}

export const signedInText = (who: MockUser, account?: string) =>
  `Signed in as ${who.profile.name} in ${account ?? who.memberships[0]!.account.title}`;

export async function expectSignedIn(who: MockUser, account?: string, timeout = 2000) {
  await waitFor(() => expect(screen.getByText(signedInText(who, account))).toBeInTheDocument(), {
    timeout,
  });
}

/** `who` is shown signed in, and the session reports no error. */
export function expectSignedInWithoutError(who: MockUser) {
  expect(screen.getByText(signedInText(who))).toBeInTheDocument();
  expect(sessionError()).toBe('');
}

export async function expectLoginForm(timeout = 2000) {
  await waitFor(() => expect(screen.getByRole('form', { name: 'Log in' })).toBeInTheDocument(), {
    timeout,
  });
}

/** How many session refreshes reached the mock backend. */
export const sessionRequests = (backend: ReturnType<typeof useBackend>) =>
  backend.state.requests['GET /app/session'] ?? 0;

export const sessionError = () => screen.getByTestId('session-error').textContent ?? '';

/** The session as it is stored (what a reload would show first), or `null`. */
export function storedSession(storage: Pick<Storage, 'getItem'> = localStorage) {
  const raw = storage.getItem(storedKeyOf(apiUrl));
  return raw === null
    ? null
    : (JSON.parse(raw) as {
        v: number;
        savedAt: number;
        session: { status: string; user: { name?: string } | null; jwt: string | null };
      });
}

export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every 20 ms (inside `act`) until it holds, or throws after `timeout` ms. */
export async function until(condition: () => boolean, timeout = 2000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > deadline)
      throw new Error(`condition not met within ${timeout} ms: ${condition.toString()}`);
    await act(() => wait(20));
  }
}

// ---------------------------------------------------------------------------------------------
// Secrets: the password nowhere; the JWT not in storage or URLs unless bearer mode stores it
// ---------------------------------------------------------------------------------------------

const consoleCalls: unknown[][] = [];
let consoleSpies: { mockRestore(): void }[] = [];

/** MSW's stand-in for the browser's cookie jar (in Node): the HttpOnly cookie, not page storage. */
const mswCookieJar = '__msw-cookie-store__';

function allStorage(): string {
  const entries: string[] = [];
  for (const storage of [localStorage, sessionStorage]) {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index) ?? '';
      if (key === mswCookieJar) continue;
      entries.push(`${key}=${storage.getItem(key) ?? ''}`);
    }
  }
  return entries.join('\n');
}

/** Every place a secret must not reach, as text. */
function places(queryClient: QueryClient | null, extraStorage: string) {
  const caches = queryClient
    ? [
        ...queryClient
          .getQueryCache()
          .getAll()
          .map((query) => ({ key: query.queryKey, state: query.state })),
        ...queryClient
          .getMutationCache()
          .getAll()
          .map((mutation) => ({ key: mutation.options.mutationKey, state: mutation.state })),
      ]
    : [];
  return {
    storage: allStorage() + extraStorage,
    cookies: document.cookie,
    url: window.location.href,
    history: `${history.length} ${JSON.stringify(history.state)}`,
    console: consoleCalls
      .map((args) =>
        args.map((arg) => (typeof arg === 'string' ? arg : inspect(arg, { depth: 8 }))).join(' '),
      )
      .join('\n'),
    caches: JSON.stringify(caches) + inspect(caches, { depth: 12, getters: true }),
    dom: document.documentElement.outerHTML,
  };
}

let figures = createFigures('faults');

/**
 * Looks for the passwords everywhere, and for the issued JWTs in storage, cookies visible to
 * scripts and the URL (storage excepted in bearer mode, which keeps the JWT by design).
 */
export function expectNoSecrets(
  options: { bearer?: boolean; storage?: string; count?: boolean } = {},
): void {
  const count = options.count ?? true;
  if (count) figures.figures.leaks.checks += 1;
  const where = places(current?.queryClient ?? null, options.storage ?? '');
  const leaks: string[] = [];
  for (const [place, text] of Object.entries(where)) {
    for (const password of passwords)
      if (text.includes(password)) leaks.push(`password in ${place}`);
  }
  const jwtPlaces = options.bearer
    ? ['cookies', 'url', 'history']
    : ['storage', 'cookies', 'url', 'history'];
  for (const token of issuedTokens) {
    for (const place of jwtPlaces)
      if (where[place as keyof typeof where].includes(token)) leaks.push(`JWT in ${place}`);
  }
  if (count) figures.figures.leaks.found += leaks.length;
  expect(leaks).toEqual([]);
}

/** A fault scenario: counted for the figures line, and followed by the secrets check. */
export function scenario(
  name: string,
  run: () => Promise<void>,
  options: { timeout?: number; bearer?: boolean } = {},
) {
  it(
    name,
    async () => {
      figures.figures.faults.total += 1;
      await run();
      expectNoSecrets({ bearer: options.bearer });
      figures.figures.faults.passed += 1;
    },
    options.timeout ?? 10_000,
  );
}

/**
 * Expires every cookie MSW's jar holds for the API. MSW keeps one jar for the whole file (it has no
 * public API to clear it), so the harness answers one request with `Max-Age=0` for each cookie sent.
 */
async function clearCookieJar(server: SetupServer): Promise<void> {
  const url = `${apiUrl}/__clear-cookies`;
  server.use(
    http.get(
      url,
      ({ cookies }) =>
        new HttpResponse(null, {
          headers: Object.keys(cookies).map((name): [string, string] => [
            'Set-Cookie',
            `${name}=; Max-Age=0; HttpOnly; Path=/; SameSite=None; Secure`,
          ]),
        }),
      { once: true },
    ),
  );
  await fetch(url, { credentials: 'include' });
}

/**
 * Per-file set-up (pass `import.meta.url`): the MSW server (unhandled requests fail), console spies,
 * clean storage, no request of the last scenario in flight and an empty cookie jar, figures written
 * at the end. Returns the server.
 */
export function setUpFaults(file: string): SetupServer {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());
  figures = createFigures(file);
  watchTokens(server);
  const inFlight = new Set<string>();
  server.events.on('request:start', ({ requestId }) => inFlight.add(requestId));
  // `request:match` comes once the answer's cookies are in the jar; an answer to a request the
  // client gave up on gets no `request:end`.
  for (const done of ['request:match', 'request:end', 'unhandledException'] as const)
    server.events.on(done, ({ requestId }) => inFlight.delete(requestId));
  beforeEach(async () => {
    // An answer the last scenario gave up on (a timeout) still lands, cookie and all: let it land
    // (a request held forever never does: wait 3 s at most), then empty the jar, so this scenario
    // starts with no cookie of another backend.
    const deadline = Date.now() + 3000;
    while (inFlight.size > 0 && Date.now() < deadline) await wait(20);
    await clearCookieJar(server);
    localStorage.clear();
    sessionStorage.clear();
    issuedTokens.clear();
    consoleCalls.length = 0;
    consoleSpies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((method) => {
      const original = console[method].bind(console);
      return vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleCalls.push(args);
        original(...args);
      });
    });
  });
  afterEach(() => {
    for (const spy of consoleSpies) spy.mockRestore();
    current?.queryClient.clear();
    current = null;
    vi.restoreAllMocks();
  });
  afterAll(() => figures.write());
  return server;
}
