// Set-up (a): the built demo on its in-browser mock backend (MSW's service worker), as `npm start`
// shows it. The mock's users all have the password `password`; its "server" state lives in
// localStorage under `react-session-kit-demo/server`, shared by the tabs of one context.
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { defineFlows, expectSignedIn, logIn, onPage, type Setup } from './flows';
import { keyboardWalk } from './keyboard';
import {
  demoDir,
  e2eFigures,
  launchChromium,
  scenario,
  serveStatic,
  startAttacker,
  type Browser,
  type Served,
} from './harness';

e2eFigures(import.meta.url);

let browser: Browser;
let demo: Served;
let attacker: Awaited<ReturnType<typeof startAttacker>>;

beforeAll(async () => {
  [browser, demo, attacker] = await Promise.all([
    launchChromium(),
    serveStatic(demoDir),
    startAttacker(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await attacker?.close();
});

const users = {
  single: { username: 'single', password: 'password', name: 'Sam Single', account: 'Acme Corp' },
  multi: { username: 'multi', password: 'password', name: 'Morgan Multi', account: 'Globex' },
  restricted: {
    username: 'restricted',
    password: 'password',
    name: 'Riley Restricted',
    account: 'Umbrella Supplies',
  },
};

const setup = (): Setup => ({
  origin: demo.origin,
  browser,
  users,
  resetServer: () => {},
  // The demo's faults panel: a one-time 401 fault on the mock, then a refresh.
  endSession: (page) => page.getByRole('button', { name: 'Expire session' }).click(),
  // The mock's server state, and MSW's stand-in for the browser's cookie jar (the HttpOnly cookie).
  serverKeys: ['react-session-kit-demo/server', '__msw-cookie-store__'],
  passwordsAreWords: true,
  attacker,
});

describe('the demo on its in-browser mock', () => {
  defineFlows('mock', setup);

  scenario(
    'mock: keyboard only, login to logout: focus lands on the next thing to use after every step',
    () =>
      onPage(setup(), '/login', async (page) => {
        await keyboardWalk(page, users.multi);
      }),
  );

  // Only this set-up has the faults panel's "Stale session": the server changes the session and
  // marks its next answer `X-Session-Status: stale`.
  scenario(
    'mock: a stale mark on another answer refetches the session once, without a reload',
    () =>
      onPage(setup(), '/login', async (page) => {
        await logIn(page, users.single);
        await expectSignedIn(page, users.single);
        const sessionRequests: string[] = [];
        page.on('request', (request) => {
          if (new URL(request.url()).pathname.endsWith('/app/session'))
            sessionRequests.push(request.url());
        });
        // A mark on this document: a reload would lose it.
        await page.evaluate(() => Object.assign(window, { staleMark: true }));
        await page.getByRole('button', { name: 'Stale session' }).click();
        await page
          .getByRole('region', { name: 'Alerts' })
          .getByText('New activity')
          .waitFor({ timeout: 5000 });
        await page.waitForTimeout(500);
        expect(sessionRequests).toHaveLength(1);
        expect(await page.evaluate(() => 'staleMark' in window)).toBe(true);
      }),
  );
});
