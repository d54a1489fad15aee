// Builds the demo into dist-demo/ when it is missing or older than its sources (a fresh clone,
// or after a change), so `npm run test:e2e` always drives the current code.
import { buildDemo, demoDir } from './harness';

export default function setup(): void {
  buildDemo(demoDir);
}
