// Drives the demo app in headless Chromium through a full multi-account login and saves a
// screenshot of the signed-in page to docs/demo.png (the README's picture), then small clipped
// pictures of the kit's parts to docs/screens/: the login card, the account choice, the account
// switcher open, the access-denied card and the lock screen.
//
//   npm run screenshot                              builds the demo, serves dist-demo/ on 127.0.0.1
//   node scripts/screenshot-demo.mjs --url http://127.0.0.1:5173/   against `npm start` instead
//   … --out other.png --shots other/dir             somewhere else
//
// It fails (exit 1) when any step of the login does not happen or the page throws, so it doubles
// as a smoke check of the demo.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { serveStatic } from './serveStatic.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    out: { type: 'string', default: join(root, 'docs', 'demo.png') },
    shots: { type: 'string', default: join(root, 'docs', 'screens') },
    dir: { type: 'string', default: join(root, 'dist-demo') },
  },
});

const contextOptions = {
  viewport: { width: 1280, height: 680 },
  deviceScaleFactor: 1,
  colorScheme: 'light',
  reducedMotion: 'reduce',
};

/** Let fonts and the last paint settle, with no focus ring or hover on the picture. */
async function settle(page) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.evaluate(() => document.fonts.ready);
}

/** The box around every element matching `selectors`, with 16 px of page on each side. */
async function around(page, selectors, margin = 16) {
  const box = await page.evaluate((list) => {
    const rects = list
      .flatMap((selector) => [...document.querySelectorAll(selector)])
      .map((element) => element.getBoundingClientRect())
      .filter((rect) => rect.width > 0);
    if (rects.length === 0) return null;
    const left = Math.min(...rects.map((rect) => rect.left));
    const top = Math.min(...rects.map((rect) => rect.top));
    const right = Math.max(...rects.map((rect) => rect.right));
    const bottom = Math.max(...rects.map((rect) => rect.bottom));
    return { left, top, right, bottom };
  }, selectors);
  if (!box) throw new Error(`nothing to photograph: ${selectors.join(', ')}`);
  const x = Math.max(0, Math.floor(box.left - margin));
  const y = Math.max(0, Math.floor(box.top - margin));
  return {
    x,
    y,
    width: Math.ceil(box.right + margin) - x,
    height: Math.ceil(box.bottom + margin) - y,
  };
}

async function main() {
  let server = null;
  let baseUrl = args.url;
  if (!baseUrl) {
    const dir = resolve(args.dir);
    if (!existsSync(join(dir, 'index.html'))) {
      throw new Error(`${dir}/index.html is missing: run \`npm run build:demo\` first`);
    }
    server = await serveStatic(dir);
    baseUrl = `${server.origin}/`;
  }

  const browser = await launchChromium();
  const failures = [];
  try {
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console error: ${message.text()}`);
    });

    const step = (text) => console.log(`· ${text}`);

    // A protected page while signed out: the demo sends us to log in, remembering where we were.
    step(`open ${new URL('users', baseUrl).href}`);
    await page.goto(new URL('users', baseUrl).href);
    await page.waitForURL(
      (url) => url.pathname.endsWith('/login') && url.searchParams.get('returnTo') === '/users',
    );
    step('redirected to the login page with returnTo=/users');

    await page.getByLabel('Username').fill('multi');
    await page.getByLabel('Password').fill('password');
    await page.getByRole('button', { name: 'Log in' }).click();
    step('logged in as multi');

    const choose = page.getByRole('form', { name: 'Choose an account' });
    // A click on the row, as a person does (its label covers the radio and the title).
    await choose.getByText('Acme Corp', { exact: true }).click({ force: true });
    await choose.getByRole('button', { name: 'Continue' }).click();
    step('picked Acme Corp');

    // Back where we started, signed in to the chosen account.
    await page.getByRole('heading', { name: 'Users' }).waitFor();
    await page.waitForURL((url) => url.pathname.endsWith('/users'));
    step('returned to /users');

    await page.getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { name: 'Hello, Morgan Multi' }).waitFor();
    await page.getByText('Signed in to Acme Corp').waitFor();
    await page.getByRole('region', { name: 'Alerts' }).waitFor();
    const switcher = page.getByRole('button', { name: /^Account: / });
    await switcher.waitFor();
    step('overview shows the user, the account, the alerts and the account switcher');

    if (failures.length > 0) throw new Error(failures.join('\n'));

    await settle(page);
    mkdirSync(dirname(resolve(args.out)), { recursive: true });
    await page.screenshot({ path: resolve(args.out), fullPage: false, animations: 'disabled' });
    step(`saved ${resolve(args.out)}`);

    // The parts, each clipped to itself with a margin of page around it.
    mkdirSync(resolve(args.shots), { recursive: true });
    const shot = async (name, selectors, on = page) => {
      await settle(on);
      const path = join(resolve(args.shots), `${name}.png`);
      await on.screenshot({ path, clip: await around(on, selectors), animations: 'disabled' });
      step(`saved ${path}`);
    };

    await switcher.click();
    await page.getByRole('menu').waitFor();
    await shot('switcher', ['[data-slot=account-switcher]', '[data-slot=account-switcher-menu]']);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: /^Payment methods/ }).click();
    await page.getByRole('heading', { name: 'No access to Payment methods' }).waitFor();
    await shot('access-denied', ['[data-slot=access-denied]']);

    await page.locator('.demo-menu-trigger').click();
    await page.getByRole('button', { name: 'Lock screen' }).click();
    await page.getByRole('form', { name: 'Screen locked' }).waitFor();
    await shot('lock-screen', ['[data-slot=lock-screen]']);

    // Signed out, in a fresh context: the login card, then the account choice.
    const fresh = await context.browser().newContext(contextOptions);
    const login = await fresh.newPage();
    await login.goto(new URL('login', baseUrl).href);
    await login.getByRole('form', { name: 'Log in' }).waitFor();
    await shot('login', ['[data-slot=login-flow]'], login);
    await login.getByLabel('Username').fill('multi');
    await login.getByLabel('Password', { exact: true }).fill('password');
    await login.getByRole('button', { name: 'Log in' }).click();
    await login.getByRole('form', { name: 'Choose an account' }).waitFor();
    await shot('account-choice', ['[data-slot=login-flow]'], login);
    await fresh.close();
    if (failures.length > 0) throw new Error(failures.join('\n'));
  } finally {
    await browser.close();
    await server?.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
