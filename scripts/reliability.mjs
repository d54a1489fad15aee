// The figures line of `npm test`: sums the counts the reliability suites wrote to
// test-results/reliability/ during this run (fuzz and faults in the unit project, XSS and end to
// end in `npm run test:e2e`) and prints one line. `reset` (first step of `npm test`) empties the
// directory, so the line only ever shows counts of the current run. Exits 1 when a part is missing
// or any count is not clean.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'test-results', 'reliability');

if (process.argv[2] === 'reset') {
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

const sum = { fuzz: [0, 0], faults: [0, 0], leaks: [0, 0], xss: [0, 0], e2e: [0, 0] };
const keys = {
  fuzz: ['runs', 'survived'],
  faults: ['total', 'passed'],
  leaks: ['checks', 'found'],
  xss: ['payloads', 'executed'],
  e2e: ['total', 'passed'],
};
const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
for (const name of files) {
  const { figures } = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  for (const [part, [a, b]] of Object.entries(keys)) {
    sum[part][0] += figures[part]?.[a] ?? 0;
    sum[part][1] += figures[part]?.[b] ?? 0;
  }
}

const [fuzzRuns, fuzzSurvived] = sum.fuzz;
const [faultsTotal, faultsPassed] = sum.faults;
const [leakChecks, leaksFound] = sum.leaks;
const [xssPayloads, xssExecuted] = sum.xss;
const [e2eTotal, e2ePassed] = sum.e2e;

console.log(
  `reliability: fuzz ${fuzzSurvived}/${fuzzRuns} survived · xss ${xssExecuted}/${xssPayloads} executed · ` +
    `faults ${faultsPassed}/${faultsTotal} · e2e ${e2ePassed}/${e2eTotal} · leaks ${leaksFound} in ${leakChecks} checks`,
);

const problems = [
  fuzzRuns === 0 && 'no fuzz counts (did the unit project run?)',
  fuzzSurvived < fuzzRuns && 'fuzz answers not survived',
  faultsTotal === 0 && 'no fault counts',
  faultsPassed < faultsTotal && 'fault scenarios failed',
  xssPayloads === 0 && 'no XSS counts (did test:e2e run?)',
  xssExecuted > 0 && 'XSS payloads executed',
  e2eTotal === 0 && 'no end-to-end counts',
  e2ePassed < e2eTotal && 'end-to-end scenarios failed',
  leakChecks === 0 && 'no secrets checks',
  leaksFound > 0 && 'secrets leaked',
].filter(Boolean);
if (problems.length > 0) {
  console.error(`reliability: ${problems.join('; ')}`);
  process.exit(1);
}
