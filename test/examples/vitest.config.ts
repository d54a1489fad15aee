// The examples suite (`npm run test:examples`): examples/next-app-router and examples/react-router,
// each installed from the packed package (`npm pack`) and built, driven in Chromium against the
// e2e API server (test/e2e/apiServer.ts). Installs and the Next build are skipped when nothing
// they depend on changed (test/examples/prepare.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'examples',
    include: ['test/examples/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/examples/prepare.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
