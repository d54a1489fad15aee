// Visual regression: every story of the built Storybook in light, dark and right to left (light,
// the Direction global: English mirrored, so every play function still runs), each at desktop
// (1280 px) and phone (390 px) width, compared with the reference PNGs in
// test/visual/screenshots/<mode>-<width>/<story id>.png. A story that fixes its own theme or
// locale (states/Dark theme; states/Right to left, in Arabic) is taken only in the mode it shows.
//
// `npm run test:visual:update` (Vite mode `update`) writes the references instead, and deletes
// those of stories that are gone. On a mismatch, the new image and a diff (differing pixels in
// red) are written to test-results/visual/.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  root,
  serveStatic,
  type Browser,
  type Page,
  type Served,
} from '../e2e/harness';
import { comparePngs } from './compare';
import {
  openCanvas,
  showStory,
  shownGlobals,
  storybookDir,
  storyBounds,
  storyIds,
  type Globals,
} from './storybook';

const updating = import.meta.env.MODE === 'update';
const referenceDir = join(root, 'test', 'visual', 'screenshots');
const outputDir = join(root, 'test-results', 'visual');

const modes: Record<string, Globals> = {
  light: { theme: 'light', direction: 'ltr' },
  dark: { theme: 'dark', direction: 'ltr' },
  rtl: { theme: 'light', direction: 'rtl' },
};
const widths = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
/** Relative times and dates in the stories read the same on every run. */
const frozenTime = new Date('2026-11-30T12:00:00Z');

let browser: Browser;
let storybook: Served;
const written = new Set<string>();
let completedModes = 0;

/**
 * Pixels depend on the browser build and the fonts installed: the references are only comparable
 * on a machine that renders text as the one that took them. Its fingerprint (Chromium's version,
 * a hash of sample text in the generic families) is kept beside them.
 */
const environmentFile = join(referenceDir, 'environment.json');
let sameEnvironment = true;

async function environment(): Promise<{ chromium: string; fonts: string }> {
  const page = await browser.newPage({ viewport: { width: 600, height: 200 } });
  const sample = 'Ag Ωж 09 — Log in · تسجيل';
  await page.setContent(
    ['system-ui', 'sans-serif', 'serif', 'monospace']
      .map((family) => `<p style="font: 16px ${family}; margin: 0">${sample}</p>`)
      .join(''),
  );
  const shot = await page.screenshot();
  await page.close();
  return { chromium: browser.version(), fonts: createHash('sha256').update(shot).digest('hex') };
}

beforeAll(async () => {
  [browser, storybook] = await Promise.all([launchChromium(), serveStatic(storybookDir)]);
  const here = await environment();
  if (updating) {
    mkdirSync(referenceDir, { recursive: true });
    writeFileSync(environmentFile, `${JSON.stringify(here, null, 2)}\n`);
    return;
  }
  const taken = existsSync(environmentFile) ? readFileSync(environmentFile, 'utf8') : '';
  sameEnvironment = taken !== '' && JSON.stringify(JSON.parse(taken)) === JSON.stringify(here);
  if (!sameEnvironment)
    console.warn(
      `visual: the references were taken with ${taken || 'no recorded environment'}; this machine ` +
        `renders as ${JSON.stringify(here)}. Not compared: run \`npm run test:visual:update\` here.`,
    );
});
afterAll(async () => {
  await browser?.close();
  await storybook?.close();
});

/**
 * Shows a story and takes it at both widths; returns the problems found. A play function that
 * fails (e.g. a focus assertion on a busy machine) gets one more go; one that fails again fails
 * the `storybook` test project, and is still compared here.
 */
async function takeStory(page: Page, mode: string, globals: Globals, id: string) {
  await page.setViewportSize(widths.desktop);
  const failure = (await showStory(page, id)) && (await showStory(page, id, true));
  if (failure) console.warn(`the story ${id} failed (${mode}): ${failure}`);
  const shown = await shownGlobals(page);
  if (shown.theme !== globals.theme || shown.direction !== globals.direction) return [];
  const problems: string[] = [];
  for (const [width, size] of Object.entries(widths)) {
    await page.setViewportSize(size);
    const problem = await check(page, `${mode}-${width}/${id}.png`, await settledScreenshot(page));
    if (problem) problems.push(problem);
  }
  return problems;
}

/** A screenshot of the story's bounds, taken again until two in a row are the same. */
async function settledScreenshot(page: Page): Promise<Buffer> {
  let previous: Buffer | null = null;
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const shot = await page.screenshot({
      clip: await storyBounds(page),
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
      timeout: 10_000,
    });
    if (previous?.equals(shot)) return shot;
    previous = shot;
  }
  throw new Error('the story never stopped changing');
}

/** Compares (or, updating, writes) one screenshot; returns the problem, or null. */
async function check(page: Page, file: string, shot: Buffer): Promise<string | null> {
  const reference = join(referenceDir, file);
  written.add(reference);
  if (updating) {
    mkdirSync(dirname(reference), { recursive: true });
    writeFileSync(reference, shot);
    return null;
  }
  let expected: Buffer;
  try {
    expected = readFileSync(reference);
  } catch {
    return `${file}: no reference image (run \`npm run test:visual:update\`)`;
  }
  const { problem, diff } = await comparePngs(page, expected, shot);
  if (!problem) return null;
  const actual = join(outputDir, file.replace(/\.png$/, '.actual.png'));
  mkdirSync(dirname(actual), { recursive: true });
  writeFileSync(actual, shot);
  if (diff) writeFileSync(actual.replace(/\.actual\.png$/, '.diff.png'), diff);
  return `${file}: ${problem} (see ${relative(root, actual)})`;
}

describe('every story looks as its reference image', () => {
  const ids = storyIds();

  it.concurrent.for(Object.entries(modes))('%s', async ([mode, globals], { skip }) => {
    if (!sameEnvironment) skip('references of another browser or font set');
    const context = await browser.newContext({
      viewport: widths.desktop,
      reducedMotion: 'reduce',
    });
    await context.clock.setFixedTime(frozenTime);
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      await openCanvas(page, storybook.origin, globals);
      for (const id of ids) {
        try {
          problems.push(...(await takeStory(page, mode, globals, id)));
        } catch (error) {
          // The page reloaded under the story (MSW reloads a page its service worker stopped
          // controlling): open it again and take the story once more.
          console.warn(`the page went away under ${id} (${mode}): ${String(error)}`);
          await page.waitForLoadState('load');
          await openCanvas(page, storybook.origin, globals);
          problems.push(...(await takeStory(page, mode, globals, id)));
        }
      }
      completedModes += 1;
    } finally {
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('has no reference image left over from a story that is gone', ({ skip }) => {
    if (completedModes < Object.keys(modes).length) skip('a mode did not go through every story');
    const stale = readdirSync(referenceDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.png'))
      .map((file) => join(referenceDir, file))
      .filter((file) => !written.has(file));
    if (updating) for (const file of stale) rmSync(file);
    else expect(stale.map((file) => relative(root, file))).toEqual([]);
  });
});
