// `npm run check:size` (last step of `npm test`): sizes against their ceilings and the
// tree-shaking proof, on the package as `vite build` makes it. Fails the run when a ceiling is
// passed or tree-shaking breaks; the budgets (goals not met yet) are reported beside them.
import process from 'node:process';
import { buildPackage } from './lib/build.mjs';
import { printTable, sizeHead, sizeRows } from './lib/report.mjs';
import { measureSizes, treeShakingCheck } from './lib/sizes.mjs';

const kitEntry = await buildPackage();
const sizes = await measureSizes(kitEntry);
const treeShaking = await treeShakingCheck(sizes, kitEntry);
printTable('Size budgets (brotli; React not counted)', sizeHead, sizeRows(sizes, treeShaking));

const over = sizes.filter((row) => row.ceiling !== null && row.brotli > row.ceiling);
const overBudget = sizes.filter((row) => row.budget !== null && row.brotli > row.budget);
if (over.length > 0 || !treeShaking.ok) {
  console.error(
    `\ncheck:size failed: ${[
      ...over.map(
        (row) => `${row.label.split(' ')[0]} is ${row.brotli} B, ceiling ${row.ceiling} B`,
      ),
      ...(treeShaking.ok ? [] : ['tree-shaking check']),
    ].join(
      '; ',
    )}. Where the bytes go: BENCHMARKS.md ("Where the bytes go"), or run \`npm run bench\`.`,
  );
  process.exitCode = 1;
} else {
  console.log(
    overBudget.length === 0
      ? '\ncheck:size: every budget holds.'
      : `\ncheck:size: within every ceiling; ${overBudget.length} of ${sizes.filter((row) => row.budget !== null).length} budgets not met yet (${overBudget.map((row) => row.label.split(' ')[0]).join(' ')}).`,
  );
}
