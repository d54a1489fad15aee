// Builds what the benchmark measures: the library (JS, with the project's vite.config.ts, as
// `npm run build` does) and the Chromium bench page that imports it as an app would.
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { kitEntry, mockEntry, packageDir, pageDir, root, testingEntry } from './paths.mjs';

export async function buildPackage() {
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: packageDir, emptyOutDir: true },
  });
  return kitEntry;
}

export async function buildPage() {
  await build({
    root: join(root, 'bench/page'),
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    resolve: {
      alias: [
        { find: /^react-session-kit$/, replacement: kitEntry },
        { find: /^react-session-kit\/mock$/, replacement: mockEntry },
        { find: /^react-session-kit\/testing$/, replacement: testingEntry },
      ],
    },
    build: { outDir: pageDir, emptyOutDir: true, target: 'es2022' },
  });
  return pageDir;
}
