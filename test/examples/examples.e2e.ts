// The two examples, built against the packed package, driven in Chromium through login → choose
// account → reload → gated page → logout, with no console error and no hydration error; the
// Next.js server HTML is signed in (fetchSession) and holds no JWT.
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../e2e/apiServer';
import { launchChromium, serveStatic, type Browser, type Served } from '../e2e/harness';
import {
  chooseAccount,
  examplesDir,
  freePort,
  logIn,
  production,
  run,
  startProcess,
  watchProblems,
} from './support';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The API in cookie mode, allowing the example's origin (known once its port is). */
async function startApi(origin: () => string): Promise<ApiServer> {
  return startApiServer({ allowedOrigin: origin, backend: { jwtTransport: 'cookie' } });
}

async function jwtCookie(context: BrowserContext): Promise<string> {
  const cookie = (await context.cookies()).find(({ name }) => name === 'BackstackJWT');
  expect(cookie?.value, 'the API set its HttpOnly cookie').toMatch(/^eyJ/);
  return cookie!.value;
}

/** The flow both examples share; `origin` is the app's. */
async function drive(origin: string, checkServerHtml?: (context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page);
  try {
    // Signed out: the gate sends the visitor to the login page, and back after it.
    await page.goto(`${origin}/users`);
    await page.waitForURL(`${origin}/login?returnTo=%2Fusers`);
    await logIn(page, 'multi', 'password');
    // A reload in the middle of the account choice resumes there.
    await page.getByRole('form', { name: 'Choose an account' }).waitFor();
    await page.reload();
    await page.getByRole('form', { name: 'Choose an account' }).waitFor();
    await chooseAccount(page, 'Acme Corp');
    await page.waitForURL(`${origin}/users`);
    await expect.poll(() => page.getByTestId('account').textContent()).toBe('Acme Corp');
    await expect.poll(() => page.getByTestId('users-allowed').count()).toBe(1);

    // Reload: still signed in, no loading state painted by the kit's gate on the server's HTML.
    await page.goto(`${origin}/`);
    await page.reload();
    await expect.poll(() => page.getByTestId('user').textContent()).toBe('Morgan Multi');
    await expect.poll(() => page.getByRole('heading', { name: 'Home' }).count()).toBe(1);
    await checkServerHtml?.(context);

    // An alert dismissed on this device: the server still renders it, the client hides it after
    // hydration, and hydration does not mismatch.
    const alerts = page.locator('[data-slot="alert-banner-item"]');
    const shown = await alerts.count();
    expect(shown).toBeGreaterThan(0);
    await page.locator('[data-slot="alert-banner-dismiss"]').first().click();
    await expect.poll(() => alerts.count()).toBe(shown - 1);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Home' }).count()).toBe(1);
    await expect.poll(() => alerts.count()).toBe(shown - 1);

    // The gated page, reached by the app's link; then a direct load of it.
    await page.getByRole('link', { name: 'Users' }).click();
    await page.waitForURL(`${origin}/users`);
    await expect.poll(() => page.getByTestId('users-allowed').count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByTestId('users-allowed').count()).toBe(1);

    // Logout: back at the login form, and a reload stays signed out.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(new URL('/login', origin).href + '**'); // returnTo: see issue 12
    await expect.poll(() => page.getByRole('form', { name: 'Log in' }).count()).toBe(1);
    await page.goto(`${origin}/`);
    await page.waitForURL(/\/login\?returnTo=%2F$/);
    await expect.poll(() => page.getByRole('form', { name: 'Log in' }).count()).toBe(1);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
  }
}

describe('examples/next-app-router (Next.js 16, React 19)', () => {
  const dir = join(examplesDir, 'next-app-router');
  let api: ApiServer;
  let origin = '';
  let next: Awaited<ReturnType<typeof startProcess>>;

  beforeAll(async () => {
    api = await startApi(() => origin);
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    next = await startProcess(
      join(dir, 'node_modules', '.bin', 'next'),
      ['start', '-p', String(port), '-H', '127.0.0.1'],
      { cwd: dir, env: { ...production, API_URL: api.url }, url: `${origin}/login` },
    );
  });
  afterAll(async () => {
    await next?.stop();
    await api?.close();
  });

  it('logs in, chooses an account, reloads signed in from the server, opens the gated page and logs out', async () => {
    await drive(origin, async (context) => {
      const jwt = await jwtCookie(context);
      const html = await (await context.request.get(`${origin}/`)).text();
      expect(html).toContain('Morgan Multi'); // signed in in the server's HTML (fetchSession)
      expect(html).not.toContain('role="status">Loading…');
      expect(html).not.toContain(jwt);
      expect(html).not.toMatch(/"jwt":"ey/);
      const me = await (await context.request.get(`${origin}/api/me`)).json();
      expect(me).toEqual({
        signedIn: true,
        user: 'Morgan Multi',
        account: 'Acme Corp',
        canSeeUsers: true,
      });
    });
    expect(next.output.join('')).not.toMatch(/error|warn/i);
  });
});

describe('examples/react-router (Vite, React 18.3, React Router 7)', () => {
  const dir = join(examplesDir, 'react-router');
  let api: ApiServer;
  let site: Served;
  let origin = '';

  beforeAll(async () => {
    api = await startApi(() => origin);
    const outDir = join(dir, 'dist', String(new URL(api.url).port));
    await run(join(dir, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', dir]);
    await run(
      join(dir, 'node_modules', '.bin', 'vite'),
      ['build', '--outDir', outDir, '--logLevel', 'warn'],
      {
        cwd: dir,
        env: { ...process.env, ...production, VITE_API_URL: api.url },
      },
    );
    site = await serveStatic(outDir);
    origin = site.origin;
  });
  afterAll(async () => {
    await site?.close();
    await api?.close();
  });

  it('logs in, chooses an account, reloads, opens the gated page and logs out', async () => {
    await drive(origin);
  });
});
