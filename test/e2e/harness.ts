// Shared tooling of the end-to-end suite: static servers for the built demo, a demo build pointed
// at a real API server, the attacker server, Chromium, first-paint recording, secrets checks, and
// the scenario counter behind the figures line.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { launchChromium as launchSharedChromium } from '../../scripts/chromium.mjs';
import { closer, listen, type Served } from '../../scripts/serveStatic.mjs';
import { createFigures } from '../../scripts/figures';

export const root = resolve(import.meta.dirname, '../..');
export const demoDir = join(root, 'dist-demo');

export function launchChromium(): Promise<Browser> {
  // Tests reach 127.0.0.1 only: every other host name fails to resolve.
  return launchSharedChromium(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);
}

// ---------------------------------------------------------------------------------------------
// Servers
// ---------------------------------------------------------------------------------------------

export { serveStatic, type Served } from '../../scripts/serveStatic.mjs';

/** A server that only counts what reaches it: nothing ever should. */
export async function startAttacker(): Promise<Served & { hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' });
    response.end('gotcha');
  });
  return { origin: await listen(server), close: closer(server), hits };
}

// ---------------------------------------------------------------------------------------------
// Demo builds
// ---------------------------------------------------------------------------------------------

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path))
    if (entry !== 'node_modules') newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds the demo (`vite build`) into `outDir` with `env`, unless a build newer than its sources is there. */
export function buildDemo(
  outDir: string,
  env: Record<string, string> = {},
  options: { force?: boolean } = {},
): void {
  const index = join(outDir, 'index.html');
  const sources = Math.max(newestMtime(join(root, 'demo')), newestMtime(join(root, 'src')));
  if (!options.force && existsSync(index) && statSync(index).mtimeMs > sources) return;
  execFileSync(
    join(root, 'node_modules', '.bin', 'vite'),
    ['build', '--config', 'demo/vite.config.ts', '--outDir', outDir, '--logLevel', 'warn'],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** The demo built against a real API at `apiUrl` (its own directory per API URL). */
export function buildDemoForApi(
  apiUrl: string,
  jwtTransport: 'cookie' | 'bearer' = 'cookie',
): string {
  const outDir = join(root, 'test-results', 'e2e', `demo-${jwtTransport}-${new URL(apiUrl).port}`);
  buildDemo(outDir, { VITE_API_URL: apiUrl, VITE_JWT_TRANSPORT: jwtTransport }, { force: true });
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  if (!html.includes('<script')) throw new Error('the demo build has no script');
  return outDir;
}

// ---------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------

/**
 * Records, from the very first script of the page, every state the page shows: on each DOM change
 * and each animation frame, whether a login form, a loading status, or the signed-in header is
 * there. `window.__frames` holds the states in order, deduplicated.
 */
export const frameRecorder = () => {
  const frames: string[] = [];
  (window as unknown as { __frames: string[] }).__frames = frames;
  const state = () => {
    if (!document.body) return 'blank';
    const login = document.querySelector('form[aria-label="Log in"]');
    // The session loading (the demo's "Loading the session…", LoginFlow's "Loading…"), not a list
    // loading below a signed-in page ("Loading accounts…").
    const loading = [...document.querySelectorAll('[role="status"]')].some((node) =>
      /^\s*Loading( the session)?…\s*$/.test(node.textContent ?? ''),
    );
    const signedIn = document.querySelector('.demo-user-name');
    return (
      [login ? 'login-form' : '', loading ? 'loading' : '', signedIn ? 'signed-in' : '']
        .filter(Boolean)
        .join('+') || 'blank'
    );
  };
  const record = () => {
    const now = state();
    if (frames[frames.length - 1] !== now) frames.push(now);
  };
  new MutationObserver(record).observe(document, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
  });
  const tick = () => {
    record();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

export async function framesOf(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
}

/** Page errors and console errors of a page, collected as they happen. */
export function watchPage(page: Page): { errors: string[]; console: string[] } {
  const seen = { errors: [] as string[], console: [] as string[] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
  return seen;
}

/** Everything the page can see that a secret must not reach: storage, cookies, URL, history. */
export async function pageSecrets(page: Page) {
  return page.evaluate(() => {
    const dump = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, index) => {
        const key = storage.key(index) ?? '';
        return `${key}=${storage.getItem(key) ?? ''}`;
      }).join('\n');
    return {
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      cookies: document.cookie,
      url: location.href,
      history: `${history.length} ${JSON.stringify(history.state)}`,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------

let figures = createFigures('e2e');

export function e2eFigures(file: string) {
  figures = createFigures(file);
  afterAll(() => figures.write());
  return figures.figures;
}

/** An end-to-end scenario, counted for the figures line. */
export function scenario(name: string, run: () => Promise<void>, timeout = 60_000) {
  it(
    name,
    async () => {
      figures.figures.e2e.total += 1;
      await run();
      figures.figures.e2e.passed += 1;
    },
    timeout,
  );
}

export interface SecretsCheck {
  page: Page;
  /** Strings that must appear nowhere the page can reach (passwords). */
  passwords: readonly string[];
  /** Strings that must not be in storage, cookies visible to scripts or URLs (JWTs), unless bearer. */
  tokens: readonly string[];
  bearer?: boolean;
  /** Console lines of the page, checked for passwords too. */
  console?: readonly string[];
  /** Storage keys that belong to the demo's in-page mock "server", not to the app. */
  serverKeys?: readonly string[];
}

/** The secrets check after a browser flow: counted in the figures; fails the test on a leak. */
export async function expectNoSecrets(check: SecretsCheck): Promise<void> {
  figures.figures.leaks.checks += 1;
  const seen = await pageSecrets(check.page);
  const ownStorage = (text: string) =>
    text
      .split('\n')
      .filter((line) => !(check.serverKeys ?? []).some((key) => line.startsWith(`${key}=`)))
      .join('\n');
  const places: Record<string, string> = {
    localStorage: ownStorage(seen.localStorage),
    sessionStorage: ownStorage(seen.sessionStorage),
    cookies: seen.cookies,
    url: seen.url,
    history: seen.history,
    console: (check.console ?? []).join('\n'),
  };
  const leaks: string[] = [];
  for (const [place, text] of Object.entries(places)) {
    for (const password of check.passwords)
      if (text.includes(password)) leaks.push(`password in ${place}`);
    if (place === 'console') continue;
    if (check.bearer && (place === 'localStorage' || place === 'sessionStorage')) continue;
    for (const token of check.tokens)
      if (token && text.includes(token)) leaks.push(`JWT in ${place}`);
  }
  figures.figures.leaks.found += leaks.length;
  expect(leaks).toEqual([]);
}

export function xssFigures() {
  return figures.figures.xss;
}

export type { Browser, BrowserContext, Page };
