// Counts of the reliability suite (fuzz runs, XSS payloads, fault scenarios, secret checks), written
// by the test files as they run and summed into one line by scripts/reliability.mjs at the end of
// `npm test`. Each test file writes its own JSON file, so parallel workers never share one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** Where the counts of the current run live (git-ignored). */
export const figuresDir = join(process.cwd(), 'test-results', 'reliability');

/** One test file's counts, by part. */
export interface Figures {
  /** Fuzz: server answers generated, and how many the kit survived (valid value or SessionError). */
  fuzz?: { runs: number; survived: number };
  /** Faults: scenarios run, and how many passed. */
  faults?: { total: number; passed: number };
  /** Secrets: checks made (each scans storage, URL, history, console and caches), and leaks found. */
  leaks?: { checks: number; found: number };
  /** XSS: payloads placed in the browser, and how many executed anything. */
  xss?: { payloads: number; executed: number };
  /** End to end: browser scenarios run, and how many passed. */
  e2e?: { total: number; passed: number };
}

/**
 * Collects one test file's counts in memory; `write()` (call it in `afterAll`) puts them in
 * `test-results/reliability/<file>.json`.
 */
export function createFigures(file: string) {
  const figures: Required<Figures> = {
    fuzz: { runs: 0, survived: 0 },
    faults: { total: 0, passed: 0 },
    leaks: { checks: 0, found: 0 },
    xss: { payloads: 0, executed: 0 },
    e2e: { total: 0, passed: 0 },
  };
  return {
    figures,
    write() {
      mkdirSync(figuresDir, { recursive: true });
      const name = basename(file).replace(/[^\w.-]/g, '_');
      writeFileSync(
        join(figuresDir, `${name}.json`),
        JSON.stringify({ file: basename(file), at: Date.now(), figures }, null, 2),
      );
    },
  };
}
