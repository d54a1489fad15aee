// Where the benchmark reads and writes. Build output goes under node_modules/.cache (git-ignored),
// never into dist/, so a benchmark run does not disturb anyone's build.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const root = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const cacheDir = join(root, 'node_modules/.cache/react-session-kit-bench');
/** The library as `vite build` makes it (the same config as `npm run build`). */
export const packageDir = join(cacheDir, 'package');
export const kitEntry = join(packageDir, 'index.js');
export const mockEntry = join(packageDir, 'mock.js');
export const testingEntry = join(packageDir, 'testing.js');
/** The Chromium bench page, built from bench/page against the built package. */
export const pageDir = join(cacheDir, 'page');
