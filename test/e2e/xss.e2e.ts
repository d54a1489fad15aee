// XSS in the browser: every payload of the catalogue (test/e2e/payloads.ts) is served by the real
// API server in every string the kit renders — user name, username, email, SVG avatar, avatar
// colour, account titles (header, account choice, switcher), access feature names, alert
// title/text/href, app URLs and title, error messages and field errors, session devices — while a
// user goes through the whole demo. Nothing may run: the tripwire (`__tripwire`, exposed to every
// page and frame) is never called, no dialog opens, no request reaches the attacker server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockUsers, type MockUser } from '../../src/mock';
import { startApiServer, type ApiServer } from './apiServer';
import {
  chooseAccount,
  fromUserMenu,
  logIn,
  openContext,
  type DemoUser,
  type Setup,
} from './flows';
import {
  buildDemoForApi,
  e2eFigures,
  expectNoSecrets,
  launchChromium,
  serveStatic,
  startAttacker,
  watchPage,
  type Browser,
  type Served,
} from './harness';
import { payloads, svgAvatar } from './payloads';

const figures = e2eFigures(import.meta.url);

const password = 'pw-xss-multi-Tz81c';
const multi: DemoUser = { username: 'multi', password, name: 'Morgan Multi', account: 'Globex' };
const users: MockUser[] = [{ ...mockUsers.multi, password }];

let browser: Browser;
let attacker: Awaited<ReturnType<typeof startAttacker>>;
/** Two independent API servers + demo builds, so two payloads run at once. */
const lanes: { api: ApiServer; demo: Served }[] = [];

beforeAll(async () => {
  [browser, attacker] = await Promise.all([launchChromium(), startAttacker()]);
  for (let lane = 0; lane < 2; lane += 1) {
    let origin = '';
    const api = await startApiServer({
      allowedOrigin: () => origin,
      backend: { jwtTransport: 'cookie', users },
    });
    const demo = await serveStatic(buildDemoForApi(api.url));
    origin = demo.origin;
    lanes.push({ api, demo });
  }
});
afterAll(async () => {
  await browser?.close();
  await attacker?.close();
  for (const { api, demo } of lanes) {
    await demo.close();
    await api.close();
  }
});

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Puts payload `p` (number `n`) in every string of an answer that the kit renders. */
function inject(p: string, n: number, path: string, body: unknown): unknown {
  if (Array.isArray(body))
    return body.map((item) =>
      isObject(item) && 'latest_activity' in item ? device(item) : injectList(item),
    );
  if (!isObject(body)) return body;
  if (isObject(body.error)) {
    return {
      error: {
        ...body.error,
        message: p,
        fields: path === '/app/login' ? { username: p, password: p } : { account_id: p },
      },
    };
  }
  if (Array.isArray(body.data))
    return { ...body, data: body.data.map((item) => (isObject(item) ? device(item) : item)) };
  if (path === '/user/change-account' && !('user' in body)) return renameAccounts(body);
  if (path === '/app/login-account' && 'accounts' in body)
    return { ...body, accounts: renameAccounts(body.accounts) };
  const out: Json = { ...body };
  if (isObject(out.app))
    out.app = {
      ...out.app,
      title: p,
      login_url: p,
      reset_url: p,
      signup_url: p,
      allow_signup: true,
    };
  if (isObject(out.user) && out.user.id) {
    out.user = {
      ...out.user,
      name: p,
      username: p,
      email: p,
      avatar: svgAvatar(p, n, attacker.origin),
      avatar_color: n % 2 ? p : `red;background:url(${attacker.origin}/color-${n})`,
    };
  }
  if (isObject(out.account) && out.account.id) out.account = { ...out.account, title: p };
  if (isObject(out.access) && Object.keys(out.access).length > 0)
    out.access = { ...out.access, [p]: 'crud' };
  if (Array.isArray(out.alerts) && isObject(out.account) && out.account.id) {
    out.alerts = [
      {
        id: `xss-${n}-a`,
        title: p,
        description: p,
        text: p,
        href: p,
        access: '*',
        priority: 1,
        timestamp: 1727348860,
      },
      {
        id: `xss-${n}-b`,
        title: p,
        description: p,
        text: p,
        href: `javascript:__tripwire(${n})`,
        access: '*',
        priority: 2,
        timestamp: 1727348860,
      },
      {
        id: `xss-${n}-c`,
        title: '',
        description: p,
        text: p,
        href: `/${encodeURIComponent(p)}`,
        access: '*',
        priority: 3,
        timestamp: 1727348860,
      },
    ];
  }
  if (isObject(out.auth) && isObject(out.auth.select_account)) {
    out.auth = {
      select_account: {
        ...out.auth.select_account,
        accounts: renameAccounts(out.auth.select_account.accounts),
      },
    };
  }
  return out;

  function renameAccounts(list: unknown): unknown {
    return isObject(list) ? Object.fromEntries(Object.keys(list).map((id) => [id, p])) : list;
  }
  function injectList(item: unknown): unknown {
    return isObject(item) ? Object.fromEntries(Object.keys(item).map((id) => [id, p])) : item;
  }
  function device(record: Json): Json {
    const activity = isObject(record.latest_activity) ? record.latest_activity : {};
    return {
      ...record,
      latest_activity: {
        ...activity,
        device_type: p,
        browser_name: p,
        browser_version: p,
        ip_address: p,
        city: p,
        country: p,
      },
    };
  }
}

interface Outcome {
  n: number;
  payload: string;
  tripped: number[];
  dialogs: string[];
  attackerHits: string[];
  rendered: string[];
  errors: string[];
}

/** One payload through the whole demo, in a fresh context. */
async function run(
  lane: { api: ApiServer; demo: Served },
  payload: string,
  n: number,
): Promise<Outcome> {
  lane.api.reset({ jwtTransport: 'cookie', users });
  lane.api.transform((path, body) => inject(payload, n, path, body));
  const setup: Setup = {
    origin: lane.demo.origin,
    browser,
    users: { single: multi, multi, restricted: multi },
    resetServer: () => {},
    endSession: async () => {
      lane.api.backend.setFault({ type: 'expired', times: 1 });
    },
    serverKeys: [],
    attacker,
  };
  const opened = await openContext(setup);
  const outcome: Outcome = {
    n,
    payload,
    tripped: [],
    dialogs: [],
    attackerHits: [],
    rendered: [],
    errors: [],
  };
  const hitsBefore = attacker.hits.length;
  await opened.context.exposeBinding(
    '__tripwire',
    (_source, value: unknown) => void outcome.tripped.push(Number(value)),
  );
  const page = await opened.context.newPage();
  const seen = watchPage(page);
  page.on('dialog', (dialog) => {
    outcome.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const shows = async (where: string) => {
    const found = await page.evaluate(
      (text) => (document.body.textContent ?? '').includes(text),
      payload,
    );
    if (found) outcome.rendered.push(where);
  };
  try {
    const base = lane.demo.origin;
    await page.goto(`${base}/login`);
    // A wrong password: the error message and the field errors carry the payload.
    await logIn(page, { ...multi, password: 'wrong-password' });
    await page
      .getByRole('form', { name: 'Log in' })
      .locator('[data-slot=login-form-message]')
      .filter({ hasText: /\S/ })
      .waitFor();
    await shows('login error');
    await page.getByLabel('Password').fill(password);
    await page
      .getByRole('form', { name: 'Log in' })
      .getByRole('button', { name: 'Log in' })
      .click();
    // The account choice: every title is the payload.
    await page.getByRole('form', { name: 'Choose an account' }).waitFor();
    await shows('account choice');
    const radios = page.getByRole('form', { name: 'Choose an account' }).getByRole('radio');
    await chooseAccount(page, payload).catch(async () => {
      await radios.first().check();
      await page
        .getByRole('form', { name: 'Choose an account' })
        .getByRole('button', { name: 'Continue' })
        .click();
    });
    // Signed in: name, username, avatar, account, access table, alerts, switcher.
    await page.locator('.demo-user-name').waitFor();
    await page.waitForTimeout(150);
    await shows('signed-in page');
    const switcher = page.getByRole('form', { name: 'Switch account' });
    if ((await switcher.count()) > 0) {
      await switcher.locator('[data-slot=account-switcher-trigger]').click();
      const other = switcher.locator('[role=menuitemradio][aria-checked=false]').first();
      if ((await other.count()) > 0) {
        await other.click();
        await page.waitForTimeout(200);
        await shows('after the switch');
      }
    }
    // Click every alert link the kit made (a javascript: link would run now).
    for (const link of await page.locator('[data-slot=alert-banner-link]').all()) {
      await link.click({ timeout: 2000 }).catch(() => {});
      await page.waitForTimeout(50);
    }
    // Session devices.
    await page.goto(`${base}/sessions`);
    await page
      .locator('[data-slot=active-sessions-list], [data-slot=active-sessions-error]')
      .first()
      .waitFor({ timeout: 5000 });
    await shows('session devices');
    // Signed out again: the login page with the app's links.
    await fromUserMenu(page, 'Log out');
    await page.getByRole('form', { name: 'Log in' }).waitFor();
    await page.waitForTimeout(100);
    await opened.collect();
    await expectNoSecrets({
      page,
      passwords: [password],
      tokens: [...opened.tokens],
      console: seen.console,
    });
  } catch (error) {
    outcome.errors.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  } finally {
    outcome.errors.push(...seen.errors.map((message) => `page error: ${message}`));
    outcome.attackerHits = attacker.hits.slice(hitsBefore);
    await opened.context.close();
    lane.api.transform(null);
  }
  return outcome;
}

describe('XSS: the catalogue in every server string the kit renders', () => {
  it('control: the detectors catch a payload that does run (tripwire, dialog, attacker request)', async () => {
    const context = await browser.newContext();
    const tripped: number[] = [];
    const dialogs: string[] = [];
    await context.exposeBinding(
      '__tripwire',
      (_source, value: unknown) => void tripped.push(Number(value)),
    );
    const page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hits = attacker.hits.length;
    await page.goto(`${lanes[0]!.demo.origin}/login`);
    await page.evaluate(
      (html) => document.body.insertAdjacentHTML('beforeend', html),
      `<img src=x onerror=__tripwire(0)><img src="${attacker.origin}/control">`,
    );
    await page.evaluate(() => setTimeout(() => alert('control'), 0));
    await expect.poll(() => tripped).toEqual([0]);
    await expect.poll(() => dialogs).toEqual(['control']);
    await expect.poll(() => attacker.hits.slice(hits)).toEqual(['GET /control']);
    attacker.hits.splice(hits);
    await context.close();
  });

  it('executes nothing: no tripwire, no dialog, no request to the attacker', async () => {
    const list = payloads(attacker.origin);
    const queue = list.map((payload, index) => ({ payload, n: index + 1 }));
    const outcomes: Outcome[] = [];
    await Promise.all(
      lanes.map(async (lane) => {
        for (let next = queue.shift(); next; next = queue.shift())
          outcomes.push(await run(lane, next.payload, next.n));
      }),
    );
    outcomes.sort((a, b) => a.n - b.n);
    const executed = outcomes.filter(
      (outcome) =>
        outcome.tripped.length > 0 || outcome.dialogs.length > 0 || outcome.attackerHits.length > 0,
    );
    figures.xss.payloads += outcomes.length;
    figures.xss.executed += executed.length;
    expect(
      executed.map(({ n, payload, tripped, dialogs, attackerHits }) => ({
        n,
        payload,
        tripped,
        dialogs,
        attackerHits,
      })),
    ).toEqual([]);
    // Every payload went the whole way, and reached the screen as text at every stop.
    expect(
      outcomes
        .filter((outcome) => outcome.errors.length > 0)
        .map(({ n, payload, errors }) => ({ n, payload, errors })),
    ).toEqual([]);
    expect(
      outcomes
        .filter((outcome) => outcome.rendered.length < 5)
        .map(({ n, payload, rendered }) => ({ n, payload, rendered })),
    ).toEqual([]);
    expect(outcomes).toHaveLength(list.length);
  }, 240_000);
});
