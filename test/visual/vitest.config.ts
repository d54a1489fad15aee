// The visual regression suite (`npm run test:visual`; `npm run test:visual:update` rewrites the
// reference images): every story of the built Storybook (storybook-static/) in Chromium, driven by
// playwright-core, compared with the PNGs in test/visual/screenshots/. Node environment, long
// timeouts: one test per mode renders every story in its own page.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'visual',
    include: ['test/visual/**/*.visual.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
