// Set-up (a): the built demo on its in-browser mock backend (MSW's service worker), as `npm start`
// shows it. The mock's users all have the password `password`; its "server" state lives in
// localStorage under `react-session-kit-demo/server`, shared by the tabs of one context.
import { afterAll, beforeAll, describe } from 'vitest';
import { defineFlows, type Setup } from './flows';
import {
  demoDir,
  e2eFigures,
  launchChromium,
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

describe('the demo on its in-browser mock', () => {
  defineFlows('mock', (): Setup => ({
    origin: demo.origin,
    browser,
    users,
    resetServer: () => {},
    // The demo's faults panel: a one-time 401 fault on the mock, then a refresh.
    endSession: (page) => page.getByRole('button', { name: 'Expire session' }).click(),
    serverKeys: ['react-session-kit-demo/server'],
    passwordsAreWords: true,
    attacker,
  }));
});
