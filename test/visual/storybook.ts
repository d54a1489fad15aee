// Drives the built Storybook (storybook-static/): its stories from index.json, and a page that
// shows them one after another through Storybook's own channel (no reload between stories).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root } from '../e2e/harness';

export const storybookDir = join(root, 'storybook-static');

/** The id of every story (docs pages left out), in the sidebar's order. */
export function storyIds(): string[] {
  const index = join(storybookDir, 'index.json');
  if (!existsSync(index))
    throw new Error('storybook-static/ is missing: run `npm run build-storybook` first');
  const { entries } = JSON.parse(readFileSync(index, 'utf8')) as {
    entries: Record<string, { id: string; type: string }>;
  };
  return Object.values(entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
}

/** The globals the visual modes set (.storybook/preview.tsx's toolbar). */
export interface Globals {
  theme: 'light' | 'dark';
  direction: 'ltr' | 'rtl';
}

/**
 * Opens Storybook's canvas with these globals (the toolbar's Theme and Locale), before any story.
 * The a11y addon's automatic run is off: axe runs in the `storybook` test project, not here.
 */
export async function openCanvas(page: Page, origin: string, globals: Globals): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.goto(`${origin}/iframe.html?viewMode=story`);
      break;
    } catch (error) {
      // Interrupted by a reload the page had started (see renderStory): once more.
      if (attempt === 3) throw error;
    }
  }
  await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window);
  await page.evaluate(
    (values) =>
      (window as unknown as StorybookWindow).__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', {
        globals: { ...values, a11y: { manual: true } },
      }),
    globals,
  );
}

interface Channel {
  on(event: string, listener: (payload: unknown) => void): void;
  off(event: string, listener: (payload: unknown) => void): void;
  emit(event: string, payload: unknown): void;
}
interface StorybookWindow {
  __STORYBOOK_ADDONS_CHANNEL__: Channel;
}

/**
 * Shows a story (or, `remount`, renders the shown one again from scratch: loaders, render, play)
 * and waits until its play function has finished. Returns why it failed, or null.
 */
export async function showStory(page: Page, id: string, remount = false): Promise<string | null> {
  const failure = await page.evaluate(
    ({ storyId, again }) =>
      new Promise<string | null>((resolve) => {
        const channel = (window as unknown as StorybookWindow).__STORYBOOK_ADDONS_CHANNEL__;
        const listeners: [string, (payload: unknown) => void][] = [
          ['storyRendered', (rendered) => rendered === storyId && settle(null)],
          ['storyErrored', (error) => settle(`errored: ${JSON.stringify(error)}`)],
          ['storyThrewException', (error) => settle(`threw: ${JSON.stringify(error)}`)],
          ['playFunctionThrewException', (error) => settle(`play: ${JSON.stringify(error)}`)],
          ['storyMissing', () => settle('missing')],
        ];
        function settle(result: string | null) {
          for (const [event, listener] of listeners) channel.off(event, listener);
          resolve(result);
        }
        for (const [event, listener] of listeners) channel.on(event, listener);
        if (again) channel.emit('forceRemount', { storyId });
        else channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    { storyId: id, again: remount },
  );
  return failure?.slice(0, 500) ?? null;
}

/**
 * What the story shows, as a page rectangle: every element inside the story's frame (the
 * `withTheme` decorator's padded box), with 8 px around for focus rings and shadows. A story
 * that renders nothing gives the frame's top 48 px (its background).
 */
export async function storyBounds(page: Page) {
  return page.evaluate(() => {
    const frame = document.querySelector('#storybook-root > div');
    if (!frame) throw new Error('no story frame (#storybook-root > div)');
    const margin = 8;
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const element of frame.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      left = Math.min(left, rect.left);
      top = Math.min(top, rect.top);
      right = Math.max(right, rect.right);
      bottom = Math.max(bottom, rect.bottom);
    }
    const box = frame.getBoundingClientRect();
    if (left === Infinity)
      [left, top, right, bottom] = [box.left, box.top, box.right, box.top + 48];
    const x = Math.max(0, Math.floor(left - margin) + scrollX);
    const y = Math.max(0, Math.floor(top - margin) + scrollY);
    const pageWidth = document.documentElement.scrollWidth;
    const pageHeight = document.documentElement.scrollHeight;
    return {
      x,
      y,
      width: Math.min(pageWidth, Math.ceil(right + margin) + scrollX) - x,
      height: Math.min(pageHeight, Math.ceil(bottom + margin) + scrollY) - y,
    };
  });
}

/** The theme and writing direction the story actually shows (a story may fix its own globals). */
export async function shownGlobals(page: Page): Promise<Globals> {
  return page.evaluate(() => ({
    theme: document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
    direction: document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr',
  }));
}
