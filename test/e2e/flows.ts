// The user flows of the end-to-end suite, written once and run in both set-ups: the demo on its
// in-browser mock, and the demo against the real HTTP API server.
import { expect } from 'vitest';
import {
  expectNoSecrets,
  framesOf,
  frameRecorder,
  scenario,
  watchPage,
  type Browser,
  type BrowserContext,
  type Page,
} from './harness';

export interface DemoUser {
  username: string;
  password: string;
  name: string;
  /** Title of the account a login ends in (multi: its last-used account). */
  account: string;
}

export interface Setup {
  /** The demo's origin, `http://127.0.0.1:<port>`. */
  origin: string;
  browser: Browser;
  users: { single: DemoUser; multi: DemoUser; restricted: DemoUser };
  /** Signs the server out and forgets its data (the in-browser mock starts fresh with each context). */
  resetServer(): void;
  /** The server ends the signed-in session (expired): the page's next session request gets a 401. */
  endSession(page: Page): Promise<void>;
  /** Storage keys of the demo's in-page mock "server" (skipped by the storage secrets check). */
  serverKeys: readonly string[];
  /** The attacker server: no request may ever reach it. */
  attacker: { origin: string; hits: string[] };
  bearer?: boolean;
  /**
   * The passwords are common words (the in-browser mock's users all have `password`), which the
   * console legitimately prints (e.g. Chromium's `autocomplete="current-password"` hints): the
   * console is then not searched for them.
   */
  passwordsAreWords?: boolean;
}

/** A browser context as a fresh browser profile: the frame recorder, the token collector, a fence. */
export async function openContext(setup: Setup) {
  const context = await setup.browser.newContext();
  await context.addInitScript(frameRecorder);
  const tokens = new Set<string>();
  const offsite: string[] = [];
  // Nothing but 127.0.0.1 may be reached: Chromium resolves no other host (see launchChromium),
  // and every attempt is recorded here. (Not with context.route: Playwright then answers CORS
  // preflights itself, and the API server's CORS rules would go untested.)
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1')
      offsite.push(request.url());
  });
  context.on('response', async (response) => {
    const header = await response.headerValue('x-jwt').catch(() => null);
    if (header) tokens.add(header);
    if (!/\/(app|user)\//.test(response.url())) return;
    const text = await response.text().catch(() => '');
    for (const match of text.matchAll(/"jwt":"([^"]+)"/g)) if (match[1]) tokens.add(match[1]);
  });
  const collect = async () => {
    for (const cookie of await context.cookies())
      if (cookie.name === 'BackstackJWT' && cookie.value) tokens.add(cookie.value);
  };
  return { context, tokens, offsite, collect };
}

export async function openPage(context: BrowserContext, setup: Setup, path = '/') {
  const page = await context.newPage();
  const seen = watchPage(page);
  await page.goto(`${setup.origin}${path}`);
  return { page, seen };
}

export async function logIn(page: Page, user: DemoUser) {
  const form = page.getByRole('form', { name: 'Log in' });
  await form.getByLabel('Username').fill(user.username);
  await form.getByLabel('Password').fill(user.password);
  await form.getByRole('button', { name: 'Log in' }).click();
}

export async function chooseAccount(page: Page, title: string) {
  const form = page.getByRole('form', { name: 'Choose an account' });
  // A radio row per account, picked as a person does: a click on its title ("Last used" may
  // follow it).
  await form.getByText(title, { exact: true }).click();
  const radio = form
    .locator('[data-slot=account-select-option]')
    .filter({ has: page.getByText(title, { exact: true }) })
    .getByRole('radio');
  await expect.poll(() => radio.isChecked()).toBe(true);
  await form.getByRole('button', { name: 'Continue' }).click();
}

/** Opens the account switcher's menu and picks the account with that exact title. */
export async function switchAccount(page: Page, title: string) {
  const switcher = page.getByRole('form', { name: 'Switch account' });
  await switcher.locator('[data-slot=account-switcher-trigger]').click();
  await switcher.getByRole('menuitemradio', { name: title, exact: true }).click();
}

/** Clicks "Lock screen" or "Log out" in the demo's user menu (the avatar button), opened first. */
export async function fromUserMenu(page: Page, name: 'Lock screen' | 'Log out') {
  await page.locator('.demo-menu-trigger').click();
  await page.getByRole('button', { name, exact: true }).click();
}

export async function expectSignedIn(
  page: Page,
  user: DemoUser,
  account = user.account,
  timeout = 5000,
) {
  await expect
    .poll(
      () =>
        page
          .locator('.demo-user-name')
          .textContent()
          .catch(() => null),
      { timeout },
    )
    .toBe(user.name);
  await expect
    .poll(
      () =>
        page
          .locator('.demo-user-account')
          .textContent()
          .catch(() => null),
      { timeout },
    )
    .toBe(account);
}

export async function expectSignedOut(page: Page, timeout = 5000) {
  await page.getByRole('form', { name: 'Log in' }).waitFor({ timeout });
  expect(await page.locator('.demo-user-name').count()).toBe(0);
}

/** What the kit stored for the demo (its storage key, then the API's URL), parsed, or `null`. */
export async function storedSession(page: Page) {
  const raw = await page.evaluate(() => {
    const key = Object.keys(localStorage).find(
      (name) => name.startsWith('react-session-kit-demo:') && name.endsWith(':session'),
    );
    return key === undefined ? null : localStorage.getItem(key);
  });
  return raw === null
    ? null
    : (JSON.parse(raw) as {
        session: {
          status: string;
          user: { name?: string } | null;
          account: { title?: string } | null;
        };
      });
}

type Opened = Awaited<ReturnType<typeof openContext>>;

/** Runs `flow` in a fresh context, then the secrets and fence checks on every page it opened. */
export async function inContext(
  setup: Setup,
  flow: (
    opened: Opened,
    pages: { page: Page; seen: ReturnType<typeof watchPage> }[],
  ) => Promise<void>,
) {
  setup.resetServer();
  const opened = await openContext(setup);
  const pages: { page: Page; seen: ReturnType<typeof watchPage> }[] = [];
  try {
    await flow(opened, pages);
    await opened.collect();
    for (const { page, seen } of pages) {
      if (page.isClosed()) continue;
      await expectNoSecrets({
        page,
        passwords: Object.values(setup.users).map((user) => user.password),
        tokens: [...opened.tokens],
        bearer: setup.bearer,
        console: setup.passwordsAreWords ? [] : seen.console,
        serverKeys: setup.serverKeys,
      });
      expect(seen.errors).toEqual([]);
    }
    expect(opened.offsite).toEqual([]);
    expect(setup.attacker.hits).toEqual([]);
  } finally {
    await opened.context.close();
  }
}

/** `inContext` with one page opened at `path` (checked like every page), for `flow` to drive. */
export function onPage(
  setup: Setup,
  path: string,
  flow: (page: Page, opened: Opened) => Promise<void>,
) {
  return inContext(setup, async (opened, pages) => {
    const { page, seen } = await openPage(opened.context, setup, path);
    pages.push({ page, seen });
    await flow(page, opened);
  });
}

/** Registers every flow as a scenario of the calling test file. */
export function defineFlows(name: string, getSetup: () => Setup) {
  scenario(
    `${name}: a protected page redirects to login with returnTo, and login returns there`,
    () =>
      onPage(getSetup(), '/users', async (page) => {
        const setup = getSetup();
        await page.waitForURL(
          (url) => url.pathname === '/login' && url.searchParams.get('returnTo') === '/users',
        );
        await logIn(page, setup.users.single);
        await page.getByRole('heading', { name: 'Users', exact: true }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/users');
        await expectSignedIn(page, setup.users.single);
        expect((await storedSession(page))?.session.user?.name).toBe(setup.users.single.name);
      }),
  );

  scenario(`${name}: multi-account login through the choice, then an account switch`, () =>
    onPage(getSetup(), '/login', async (page) => {
      const setup = getSetup();
      await logIn(page, setup.users.multi);
      await chooseAccount(page, 'Acme Corp');
      await expectSignedIn(page, setup.users.multi, 'Acme Corp');
      await switchAccount(page, 'Initech Research & Development Division, Northern Region');
      await expectSignedIn(
        page,
        setup.users.multi,
        'Initech Research & Development Division, Northern Region',
      );
      await expect
        .poll(async () => (await storedSession(page))?.session.account?.title)
        .toBe('Initech Research & Development Division, Northern Region');
    }),
  );

  scenario(`${name}: "skip the account choice" goes straight to the last-used account`, () =>
    onPage(getSetup(), '/login', async (page) => {
      const setup = getSetup();
      await page.getByLabel(/Skip the account choice/).check();
      await logIn(page, setup.users.multi);
      await expectSignedIn(page, setup.users.multi, 'Globex');
      expect(await page.getByRole('form', { name: 'Choose an account' }).count()).toBe(0);
    }),
  );

  scenario(
    `${name}: logout signs out, clears the stored session, and a reload stays signed out`,
    () =>
      onPage(getSetup(), '/login', async (page, opened) => {
        const setup = getSetup();
        await logIn(page, setup.users.single);
        await expectSignedIn(page, setup.users.single);
        await opened.collect();
        await fromUserMenu(page, 'Log out');
        await expectSignedOut(page);
        expect(new URL(page.url()).pathname).toBe('/login');
        expect(await storedSession(page)).toBeNull();
        expect(
          (await opened.context.cookies()).filter(
            (cookie) => cookie.name === 'BackstackJWT' && cookie.value,
          ),
        ).toEqual([]);
        await page.reload();
        await expectSignedOut(page);
      }),
  );

  scenario(
    `${name}: a reload of a signed-in app paints signed in first: no login form, no loading frame`,
    () =>
      onPage(getSetup(), '/login', async (page) => {
        const setup = getSetup();
        await logIn(page, setup.users.single);
        await expectSignedIn(page, setup.users.single);
        await page.reload();
        await expectSignedIn(page, setup.users.single);
        await page.waitForTimeout(300);
        const frames = (await framesOf(page)).filter((frame) => frame !== 'blank');
        expect(frames[0]).toBe('signed-in');
        expect(frames.filter((frame) => /login-form|loading/.test(frame))).toEqual([]);
      }),
  );

  scenario(
    `${name}: two tabs: logout, login and an account switch in one show in the other within 1 s, without focus or reload`,
    () =>
      inContext(getSetup(), async (opened, pages) => {
        const setup = getSetup();
        const a = await openPage(opened.context, setup, '/login');
        pages.push(a);
        await logIn(a.page, setup.users.multi);
        await chooseAccount(a.page, 'Globex');
        await expectSignedIn(a.page, setup.users.multi, 'Globex');
        const b = await openPage(opened.context, setup, '/');
        pages.push(b);
        await expectSignedIn(b.page, setup.users.multi, 'Globex');
        await a.page.bringToFront(); // b stays in the background: no focus, no reload

        const within = async (check: () => Promise<void>) => {
          const started = Date.now();
          await check();
          expect(Date.now() - started).toBeLessThanOrEqual(1000);
        };
        await switchAccount(a.page, 'Acme Corp');
        await expectSignedIn(a.page, setup.users.multi, 'Acme Corp');
        await within(() => expectSignedIn(b.page, setup.users.multi, 'Acme Corp', 1000));

        await fromUserMenu(a.page, 'Log out');
        await expectSignedOut(a.page);
        await within(() => expectSignedOut(b.page, 1000));

        await logIn(a.page, setup.users.single);
        await expectSignedIn(a.page, setup.users.single);
        await within(() =>
          expectSignedIn(b.page, setup.users.single, setup.users.single.account, 1000),
        );
      }),
  );

  scenario(
    `${name}: RequireAccess: a restricted account sees the denied card, and the nav says so`,
    () =>
      onPage(getSetup(), '/users', async (page) => {
        const setup = getSetup();
        await page.waitForURL((url) => url.pathname === '/login');
        await logIn(page, setup.users.restricted);
        await page.getByRole('heading', { name: 'No access to Users', exact: true }).waitFor();
        expect(new URL(page.url()).pathname).toBe('/users');
        await page.getByRole('link', { name: /Reports/ }).click();
        await page.getByRole('heading', { name: 'Reports', exact: true }).waitFor();
      }),
  );

  scenario(
    `${name}: lock screen: the unlock form replaces the app, a wrong password alerts, the right one unlocks`,
    () =>
      onPage(getSetup(), '/login', async (page) => {
        const setup = getSetup();
        await logIn(page, setup.users.single);
        await expectSignedIn(page, setup.users.single);
        await fromUserMenu(page, 'Lock screen');
        const form = page.getByRole('form', { name: 'Screen locked' });
        await form.waitFor();
        expect(await page.locator('.demo-user-name').count()).toBe(0);
        expect(await page.getByRole('navigation', { name: 'Demo pages' }).count()).toBe(0);
        expect(await page.getByRole('button', { name: 'Lock screen' }).count()).toBe(0);
        await form.getByLabel('Password').fill(`${setup.users.single.password}-wrong`);
        await form.getByRole('button', { name: 'Unlock' }).click();
        await expect
          .poll(() => form.getByRole('alert').textContent())
          .toBe('The password is incorrect.');
        expect(await page.locator('.demo-user-name').count()).toBe(0);
        await form.getByLabel('Password').fill(setup.users.single.password);
        await form.getByRole('button', { name: 'Unlock' }).click();
        await expectSignedIn(page, setup.users.single);
        await page.getByRole('navigation', { name: 'Demo pages' }).waitFor();
        expect(await form.count()).toBe(0);
      }),
  );

  scenario(
    `${name}: the server ends the session: back at the login form, which says so; a logout does not`,
    () =>
      onPage(getSetup(), '/login', async (page) => {
        const setup = getSetup();
        await logIn(page, setup.users.single);
        await expectSignedIn(page, setup.users.single);
        await setup.endSession(page);
        await expectSignedOut(page);
        await page
          .getByRole('form', { name: 'Log in' })
          .getByRole('status')
          .filter({ hasText: 'Your session has ended. Log in again to continue.' })
          .waitFor({ timeout: 5000 });
        await logIn(page, setup.users.single);
        await expectSignedIn(page, setup.users.single);
        await fromUserMenu(page, 'Log out');
        await expectSignedOut(page);
        expect(await page.getByText('Your session has ended.').count()).toBe(0);
      }),
  );

  scenario(`${name}: no crafted returnTo leaves the origin, before or after login`, () =>
    inContext(getSetup(), async (opened, pages) => {
      const setup = getSetup();
      const evil = setup.attacker.origin.replace(/^http:\/\//, '');
      const crafted = [
        `//${evil}/a`,
        `/\\${evil}/b`,
        `\\\\${evil}/c`,
        `${setup.attacker.origin}/d`,
        `https:${evil}/e`,
        `http:/${evil}/f`,
        `///${evil}/g`,
        `/%2F${evil}/h`,
        `%2F%2F${evil}/i`,
        `/%5C${evil}/j`,
        `/%252F%252F${evil}/k`,
        `/%09/${evil}/l`,
        `/\t/${evil}/m`,
        ` //${evil}/n`,
        'javascript:alert(document.domain)',
        'JaVaScRiPt:alert(1)',
        'java%0ascript:alert(1)',
        `data:text/html,<script>location='${setup.attacker.origin}/o'</script>`,
        `/login?returnTo=//${evil}/p`,
        `/..//${evil}/q`,
        `/.%2F%2F${evil}/r`,
      ];
      let dialogs = 0;
      const { page, seen } = await openPage(
        opened.context,
        setup,
        `/login?returnTo=${encodeURIComponent(crafted[0]!)}`,
      );
      pages.push({ page, seen });
      page.on('dialog', (dialog) => {
        dialogs += 1;
        void dialog.dismiss();
      });
      await logIn(page, setup.users.single);
      await expectSignedIn(page, setup.users.single);
      expect(new URL(page.url()).origin).toBe(setup.origin);
      // Signed in, the login page sends the visitor on at once: to returnTo when it is safe.
      for (const value of crafted) {
        await page.goto(`${setup.origin}/login?returnTo=${encodeURIComponent(value)}`);
        await page.waitForURL((url) => url.pathname !== '/login');
        await page.waitForTimeout(50);
        const url = new URL(page.url());
        expect(url.origin, value).toBe(setup.origin);
        expect(url.pathname.startsWith('//'), value).toBe(false);
      }
      expect(dialogs).toBe(0);
    }),
  );
}
