// The end-to-end suite (`npm run test:e2e`): real Chromium driven by playwright-core against the
// built demo, on the in-browser mock and on a real HTTP API server. Kept apart from the `unit`
// project (which excludes test/e2e/**): Node environment, one file at a time (each launches its
// own Chromium; two cores), long timeouts.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
