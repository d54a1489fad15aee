// The two examples, built against the packed package, driven in Chromium through login → choose
// account → reload → gated page → logout, with no console error and no hydration error; the
// Next.js server HTML is signed in (fetchSession) and holds no JWT.
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../e2e/apiServer';
import { launchChromium, serveStatic, type Browser, type Served } from '../e2e/harness';
import { paintFigures, paintLogOf, paintRecorder, type PaintLog } from './paintLog';
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

/**
 * A load of `/` in a new tab of `context` (signed in, the session stored), with what each frame
 * painted; the figures are printed for the README and BENCHMARKS.
 */
async function paintOfLoad(context: BrowserContext, origin: string, name: string) {
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.addInitScript(paintRecorder);
  await page.goto(`${origin}/`);
  await page.getByTestId('user').waitFor();
  await page.evaluate(() => new Promise((done) => setTimeout(done, 250)));
  const log: PaintLog = await paintLogOf(page);
  await page.close();
  const figures = paintFigures(log);
  console.log(`examples: paint of a signed-in load, ${name}: ${JSON.stringify(figures)}`);
  expect(problems).toEqual([]);
  expect(figures.firstSignedInFrameMs, 'a signed-in frame was painted').toBeDefined();
  return figures;
}

/** The flow both examples share; `origin` is the app's. */
async function drive(
  origin: string,
  checks: {
    serverHtml?: (context: BrowserContext) => Promise<void>;
    paint?: (context: BrowserContext) => Promise<void>;
  } = {},
) {
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
    await checks.serverHtml?.(context);
    await checks.paint?.(context);

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

    // The gated page, reached by the app's link; then a direct load of it. Its sessions list
    // marks this device (cookie mode: from the JWT's sid, the JWT itself not kept).
    const thisDevice = page.locator('[data-slot="active-sessions-item"][data-current]');
    await page.getByRole('link', { name: 'Users' }).click();
    await page.waitForURL(`${origin}/users`);
    await expect.poll(() => page.getByTestId('users-allowed').count()).toBe(1);
    await expect.poll(() => thisDevice.textContent()).toContain('This device');
    await page.reload();
    await expect.poll(() => page.getByTestId('users-allowed').count()).toBe(1);
    await expect.poll(() => thisDevice.textContent()).toContain('This device');

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
  let port = 0;
  let next: Awaited<ReturnType<typeof startProcess>> | undefined;

  /** `next start` on the suite's port (one origin: one localStorage across restarts). */
  async function startNext(env: NodeJS.ProcessEnv = {}) {
    await next?.stop();
    next = await startProcess(
      join(dir, 'node_modules', '.bin', 'next'),
      ['start', '-p', String(port), '-H', '127.0.0.1'],
      { cwd: dir, env: { ...production, API_URL: api.url, ...env }, url: `${origin}/login` },
    );
  }

  beforeAll(async () => {
    api = await startApi(() => origin);
    port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    await startNext();
  });
  afterAll(async () => {
    await next?.stop();
    await api?.close();
  });

  it('logs in, chooses an account, reloads signed in from the server, opens the gated page and logs out', async () => {
    await drive(origin, {
      serverHtml: async (context) => {
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
      },
      // With initialSession (fetchSession), no frame ever shows the loading state.
      paint: async (context) => {
        const figures = await paintOfLoad(context, origin, 'Next, fetchSession');
        expect(figures.loadingFrames).toBe(0);
      },
    });
    expect(next?.output.join('')).not.toMatch(/error|warn/i);
  });

  it('without initialSession, the stored session replaces the loading state before a frame paints it after hydration', async () => {
    await startNext({ SERVER_SESSION: 'off' });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const problems = watchProblems(page);
      await page.goto(`${origin}/login`);
      await logIn(page, 'multi', 'password');
      await chooseAccount(page, 'Acme Corp');
      await page.waitForURL(`${origin}/`);
      await page.getByTestId('user').waitFor();
      expect(problems).toEqual([]);
      const html = await (await context.request.get(`${origin}/`)).text();
      expect(html).toContain('role="status">Loading…'); // the server had no session to render
      const figures = await paintOfLoad(context, origin, 'Next, no initialSession');
      // The server's HTML shows "Loading…" until React hydrates it (frames painted while the
      // scripts load); no frame is painted between the commit that hydrates it and the one that
      // replaces it with the stored session.
      expect(figures.lastLoadingCommitMs, 'React hydrated the loading state').toBeDefined();
      expect(figures.loadingFramesAfterItsCommit).toBe(0);
    } finally {
      await context.close();
    }
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

  it("passes the app's own tests, written on react-session-kit/testing", async () => {
    // The example's `npm test` (Vitest, jsdom), without this run's own Vitest settings.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
    );
    const { stdout } = await run(join(dir, 'node_modules', '.bin', 'vitest'), ['run'], {
      cwd: dir,
      env: { ...env, NODE_ENV: 'test' },
    });
    const summary = stdout.replace(/\x1b\[[\d;]*m/g, ''); // eslint-disable-line no-control-regex
    expect(summary).toMatch(/Tests\s+\d+ passed/);
    expect(summary).not.toMatch(/failed|skipped/);
  });

  it('logs in, chooses an account, reloads, opens the gated page and logs out', async () => {
    await drive(origin, {
      // A client-rendered app reads the stored session in its first render: no loading frame.
      paint: async (context) => {
        const figures = await paintOfLoad(context, origin, 'React Router SPA');
        expect(figures.loadingFrames).toBe(0);
      },
    });
  });
});
