// Set-up (b): the demo built with VITE_API_URL pointing at a real HTTP server on another
// 127.0.0.1 port (test/e2e/apiServer.ts), so the cookie, CORS with credentials and the
// X-JWT / X-Session-Status headers are exercised for real. Users have passwords found nowhere else.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { mockUsers, type MockUser } from '../../src/mock';
import { startApiServer, type ApiServer } from './apiServer';
import {
  defineFlows,
  expectSignedIn,
  fromUserMenu,
  logIn,
  openContext,
  openPage,
  switchAccount,
  type Setup,
} from './flows';
import {
  buildDemoForApi,
  e2eFigures,
  expectNoSecrets,
  launchChromium,
  scenario,
  serveStatic,
  startAttacker,
  type Browser,
  type Served,
} from './harness';

e2eFigures(import.meta.url);

const passwords = {
  single: 'pw-e2e-single-R7fq2',
  multi: 'pw-e2e-multi-Lx93k',
  restricted: 'pw-e2e-restricted-Qm4s8',
};
const mockUsersWithPasswords: MockUser[] = (['single', 'multi', 'restricted'] as const).map(
  (name) => ({
    ...mockUsers[name],
    password: passwords[name],
  }),
);
const users: Setup['users'] = {
  single: {
    username: 'single',
    password: passwords.single,
    name: 'Sam Single',
    account: 'Acme Corp',
  },
  multi: { username: 'multi', password: passwords.multi, name: 'Morgan Multi', account: 'Globex' },
  restricted: {
    username: 'restricted',
    password: passwords.restricted,
    name: 'Riley Restricted',
    account: 'Umbrella Supplies',
  },
};

let browser: Browser;
let attacker: Awaited<ReturnType<typeof startAttacker>>;
/** Cookie mode (the default deployment) and bearer mode (X-JWT header, Authorization bearer). */
const sites: Record<'cookie' | 'bearer', { api: ApiServer; demo: Served } | null> = {
  cookie: null,
  bearer: null,
};

async function startSite(mode: 'cookie' | 'bearer') {
  let origin = '';
  const api = await startApiServer({
    allowedOrigin: () => origin,
    backend: {
      jwtTransport: mode === 'cookie' ? 'cookie' : 'header',
      users: mockUsersWithPasswords,
    },
  });
  const demo = await serveStatic(buildDemoForApi(api.url, mode));
  origin = demo.origin;
  return { api, demo };
}

beforeAll(async () => {
  [browser, attacker, sites.cookie, sites.bearer] = await Promise.all([
    launchChromium(),
    startAttacker(),
    startSite('cookie'),
    startSite('bearer'),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await attacker?.close();
  for (const site of Object.values(sites)) {
    await site?.demo.close();
    await site?.api.close();
  }
});

const setupFor = (mode: 'cookie' | 'bearer'): Setup => {
  const site = sites[mode]!;
  return {
    origin: site.demo.origin,
    browser,
    users,
    resetServer: () => site.api.reset(),
    // No faults panel here: the API answers the next call 401, which a reload makes.
    endSession: async (page) => {
      site.api.backend.setFault({ type: 'expired', times: 1 });
      await page.reload();
    },
    serverKeys: [],
    attacker,
    bearer: mode === 'bearer',
  };
};

type Opened = Awaited<ReturnType<typeof openContext>>;

/**
 * Runs `run` in a fresh context of the `mode` site (its server reset first) with a first page open
 * at /login; the context is closed afterwards.
 */
async function inSite(
  mode: 'cookie' | 'bearer',
  run: (
    first: Awaited<ReturnType<typeof openPage>>,
    opened: Opened,
    setup: Setup,
    api: ApiServer,
  ) => Promise<void>,
) {
  const setup = setupFor(mode);
  setup.resetServer();
  const opened = await openContext(setup);
  try {
    await run(await openPage(opened.context, setup, '/login'), opened, setup, sites[mode]!.api);
  } finally {
    await opened.context.close();
  }
}

/** No password or issued token in the page's storage, URL or console (`bearer`: JWT storage allowed). */
function expectNoSecretsOn(
  page: Page,
  opened: Opened,
  consoleLines: string[],
  options: { tokens?: string[]; bearer?: boolean } = {},
) {
  return expectNoSecrets({
    page,
    passwords: Object.values(passwords),
    tokens: options.tokens ?? [...opened.tokens],
    console: consoleLines,
    ...(options.bearer ? { bearer: true } : {}),
  });
}

describe('the demo against the real API server (cookie mode)', () => {
  defineFlows('api', () => setupFor('cookie'));

  scenario(
    'api: the JWT is an HttpOnly cookie the page cannot read, sent with credentials; CORS admits only the demo',
    async () => {
      await inSite('cookie', async ({ page, seen }, opened, setup, api) => {
        await logIn(page, users.single);
        await expectSignedIn(page, users.single);
        const [cookie] = (await opened.context.cookies(api.url)).filter(
          (one) => one.name === 'BackstackJWT',
        );
        expect(cookie?.httpOnly).toBe(true);
        expect(cookie?.value).toMatch(/^eyJ/);
        expect(await page.evaluate(() => document.cookie)).not.toContain('BackstackJWT');

        const requests = api.requests.filter((request) => !request.preflight);
        const login = requests.findIndex((request) => request.path === '/app/login');
        expect(requests[login]?.origin).toBe(setup.origin);
        // Every call after login carries the cookie: the browser sent it cross-origin (credentials: include).
        const after = requests.slice(login + 1);
        expect(after.length).toBeGreaterThan(0);
        expect(
          after.every((request) => request.cookie?.includes(`BackstackJWT=${cookie?.value}`)),
        ).toBe(true);
        // The JSON POST was preflighted, and the preflight came from the demo's origin.
        expect(
          api.requests.some(
            (request) =>
              request.preflight && request.path === '/app/login' && request.origin === setup.origin,
          ),
        ).toBe(true);

        // Another origin (the attacker's page) cannot read the API's answers, cookie or not.
        const other = await opened.context.newPage();
        await other.goto(`${attacker.origin}/page`);
        const read = await other.evaluate(async (url) => {
          try {
            const response = await fetch(`${url}/app/session`, { credentials: 'include' });
            return `read ${(await response.text()).length} bytes`;
          } catch (error) {
            return `blocked: ${String(error)}`;
          }
        }, api.url);
        expect(read).toMatch(/^blocked/);
        attacker.hits.length = 0; // the attacker page itself was ours to open
        await opened.collect();
        await expectNoSecretsOn(page, opened, seen.console);
        expect(seen.errors).toEqual([]);
      });
    },
  );

  scenario(
    'api: CORS exposes X-Session-Status to the demo page (credentials included), and X-JWT in bearer mode',
    async () => {
      await inSite('cookie', async ({ page, seen }, opened) => {
        await logIn(page, users.single);
        await expectSignedIn(page, users.single);
        const status = await page.evaluate(async (url) => {
          const response = await fetch(`${url}/app/session`, { credentials: 'include' });
          return response.headers.get('X-Session-Status');
        }, sites.cookie!.api.url);
        expect(status).toBe('current');
        await opened.collect();
        await expectNoSecretsOn(page, opened, seen.console);
      });

      await inSite('bearer', async ({ page }) => {
        const jwt = await page.evaluate(
          async ({ url, user }) => {
            const response = await fetch(`${url}/app/login`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(user),
            });
            return response.headers.get('X-JWT');
          },
          { url: sites.bearer!.api.url, user: { username: 'single', password: passwords.single } },
        );
        expect(jwt).toMatch(/^eyJ/);
      });
    },
  );
});

describe('the demo against the real API server (bearer mode: X-JWT, Authorization)', () => {
  scenario(
    'api-bearer: login reads X-JWT, later calls send it as the bearer, a reload keeps the session',
    async () => {
      await inSite('bearer', async ({ page, seen }, opened, _setup, api) => {
        await logIn(page, users.multi);
        await page
          .getByRole('form', { name: 'Choose an account' })
          .getByRole('button', { name: 'Continue' })
          .click();
        await expectSignedIn(page, users.multi, 'Globex');
        const tokens = [...opened.tokens];
        expect(tokens.length).toBeGreaterThan(0);
        const requests = api.requests.filter((request) => !request.preflight);
        const afterLogin = requests.slice(
          requests.findIndex((request) => request.path === '/app/login') + 1,
        );
        expect(
          afterLogin.some((request) =>
            tokens.some((token) => request.authorization === `Bearer ${token}`),
          ),
        ).toBe(true);
        expect(afterLogin.every((request) => request.cookie === null)).toBe(true);
        await page.reload();
        await expectSignedIn(page, users.multi, 'Globex');
        await expectNoSecretsOn(page, opened, seen.console, { tokens, bearer: true });
        expect(seen.errors).toEqual([]);
      });
    },
  );

  scenario(
    'api-bearer: two tabs: a login and a logout in one reach the other tab’s requests, without a reload',
    async () => {
      await inSite('bearer', async (a, opened, setup, api) => {
        const b = await openPage(opened.context, setup, '/login');
        await logIn(a.page, users.multi);
        await a.page
          .getByRole('form', { name: 'Choose an account' })
          .getByRole('button', { name: 'Continue' })
          .click();
        await expectSignedIn(a.page, users.multi, 'Globex');
        await expectSignedIn(b.page, users.multi, 'Globex'); // over the channel
        const tokens = [...opened.tokens];

        // Tab B's next request, an account switch, carries the JWT tab A received.
        await b.page.bringToFront();
        api.requests.length = 0;
        await switchAccount(b.page, 'Acme Corp');
        await expectSignedIn(b.page, users.multi, 'Acme Corp');
        const change = api.requests.find(
          (request) => !request.preflight && request.path === '/user/change-account',
        );
        expect(tokens.some((token) => change?.authorization === `Bearer ${token}`)).toBe(true);
        await expectSignedIn(a.page, users.multi, 'Acme Corp');

        // A logout in tab A: tab B follows, and its next request sends no user token.
        await a.page.bringToFront();
        await fromUserMenu(a.page, 'Log out');
        await b.page.getByRole('form', { name: 'Log in' }).waitFor({ timeout: 2000 });
        const used = [...opened.tokens];
        api.requests.length = 0;
        await b.page.bringToFront();
        await logIn(b.page, users.single);
        await expectSignedIn(b.page, users.single);
        const login = api.requests.find(
          (request) => !request.preflight && request.path === '/app/login',
        );
        expect(login).toBeDefined();
        expect(used.some((token) => login?.authorization === `Bearer ${token}`)).toBe(false);
        expect(a.seen.errors).toEqual([]);
        expect(b.seen.errors).toEqual([]);
      });
    },
  );
});
