// `npm run bench`: builds the package and a bench page, measures bytes, behaviour in Chromium and
// CPU costs, prints the tables and writes the same figures into BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { measureBehaviour } from './lib/browser.mjs';
import { buildPackage, buildPage } from './lib/build.mjs';
import { measureMicro } from './lib/micro.mjs';
import { mockEntry, pageDir, root } from './lib/paths.mjs';
import {
  behaviourHead,
  behaviourRows,
  machine,
  markdown,
  printTable,
  sizeHead,
  sizeRows,
} from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { breakdown, measureSizes, treeShakingCheck } from './lib/sizes.mjs';
import { measureShares } from './lib/shares.mjs';

const started = Date.now();
const step = (message) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${message}`);

step('building the package (vite build) and the bench page');
const kitEntry = await buildPackage();
await buildPage();

step('bytes');
const sizes = await measureSizes(kitEntry);
const treeShaking = await treeShakingCheck(sizes, kitEntry);
const scenario = (id) => sizes.find((row) => row.id === id);
const breakdowns = { a: await breakdown(scenario('a')), c: await breakdown(scenario('c')) };
const shares = await measureShares();

step('CPU: parsing and access checks (Node)');
const micro = await measureMicro(kitEntry);

step('behaviour in Chromium');
const latencyMs = 30;
const server = await startServer({ pageDir, mockEntry, latency: latencyMs });
let behaviour;
try {
  behaviour = { ...(await measureBehaviour({ server, log: step })), latencyMs };
} finally {
  await server.close();
}

const seconds = Math.round((Date.now() - started) / 1000);
const info = machine(behaviour.chromium);
printTable('Bytes (brotli; React not counted)', sizeHead, sizeRows(sizes, treeShaking));
printTable('Behaviour and CPU', behaviourHead, behaviourRows(behaviour, micro));
writeFileSync(
  join(root, 'BENCHMARKS.md'),
  markdown({ info, sizes, treeShaking, breakdowns, shares, behaviour, micro, seconds }),
);
console.log(
  `\nBENCHMARKS.md written (${seconds} s). ${info.cores} cores, ${info.cpu}, Node ${info.node}, Chromium ${info.chromium}.`,
);
process.exitCode = 0;
