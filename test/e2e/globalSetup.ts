// Builds the demo into dist-demo/ when it is missing or older than its sources (a fresh clone,
// or after a change), so `npm run test:e2e` always drives the current code; and removes the
// demo builds of earlier runs made for an API server port (test-results/e2e/demo-*).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemo, demoDir, root } from './harness';

export default function setup(): void {
  rmSync(join(root, 'test-results', 'e2e'), { recursive: true, force: true });
  buildDemo(demoDir);
}
