// Turns the figures of one run into the printed table and BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { root } from './paths.mjs';

export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

const versionOf = (name) => {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'))
      .version;
  } catch {
    return 'not installed';
  }
};

export function machine(chromium) {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  const dirty = git('status', '--porcelain', '--', 'src').length > 0;
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted changes in src/)' : ''}`,
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    chromium,
    packages: Object.fromEntries(
      [
        'react',
        'react-dom',
        '@tanstack/react-query',
        'zod',
        'react-hook-form',
        '@hookform/resolvers',
        'vite',
        'rolldown',
        'esbuild',
        'msw',
        'playwright-core',
      ].map((name) => [name, versionOf(name)]),
    ),
  };
}

const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

export const verdict = (value, limit) =>
  value <= limit ? 'holds' : `**over by ${kB(value - limit)}**`;

/** Rows of the size table (budget scenarios and the tree-shaking check). */
export function sizeRows(sizes, treeShaking) {
  return sizes.map((row) => [
    row.label,
    row.counted,
    kB(row.minified),
    kB(row.brotli),
    row.budget === null ? '—' : `≤ ${kB(row.budget)}`,
    row.ceiling === null ? '—' : `≤ ${kB(row.ceiling)}`,
    row.id === 't'
      ? treeShaking.ok
        ? 'no react-hook-form, no component code; (e) holds nothing of /testing'
        : `**fails: ${treeShaking.problems.join('; ')}**`
      : row.budget === null
        ? `${verdict(row.brotli, row.ceiling)} (ceiling; no budget)`
        : verdict(row.brotli, row.budget),
  ]);
}

export const sizeHead = [
  'bundle (an app importing…)',
  'counted',
  'minified',
  'brotli',
  'budget (goal)',
  'ceiling (npm test)',
  'result',
];

export function behaviourRows(behaviour, micro) {
  const { consumers, tabs, renders, reloadStored, reloadMemory } = behaviour;
  const goal = (value, target) => (value <= target ? 'meets goal' : '**misses goal**');
  const rows = consumers.map((row) => [
    `session requests per refresh, ${row.n} mounted consumer${row.n === 1 ? '' : 's'}`,
    `${row.perRefresh.toFixed(2)} (${row.requests} requests / ${row.refreshes} refreshes; ${row.onMount} on mount)`,
    '1',
    goal(row.perRefresh, 1),
  ]);
  rows.push(
    [
      'session requests on a focus burst (20 events) within the freshness window',
      String(behaviour.focusFresh),
      '0',
      goal(behaviour.focusFresh, 0),
    ],
    [
      '  control: the same burst with the session stale (`staleTime: 0`)',
      String(behaviour.focusStale),
      '—',
      'control',
    ],
    [
      `session requests per refresh period, ${tabs.tabs} tabs in one browser`,
      `${tabs.perPeriod.toFixed(2)} (${tabs.requests} requests / ${tabs.periods} periods; by tab: fetches started ${tabs.startedByTab.join(' / ')}, completed ${tabs.fetchedByTab.join(' / ')}, sessions received over BroadcastChannel ${tabs.receivedByTab.join(' / ')})`,
      '1',
      goal(tabs.perPeriod, 1),
    ],
    [
      `  session requests opening the ${tabs.tabs} tabs`,
      String(tabs.onOpen),
      '—',
      'one revalidation per tab opened',
    ],
    [
      're-renders of a `useAccess` consumer, unrelated session change',
      String(renders.unrelated.access),
      '0',
      goal(renders.unrelated.access, 0),
    ],
    [
      're-renders of a `useSession(selector)` consumer, unrelated session change',
      String(renders.unrelated.selector),
      '0',
      goal(renders.unrelated.selector, 0),
    ],
    [
      '  control: a `useSession()` consumer, same change',
      String(renders.unrelated.whole),
      '—',
      'control',
    ],
    [
      '  control: the `useAccess` consumer when its answer changes',
      String(renders.related.access),
      '1',
      'control',
    ],
    [
      `reload, stored session: frames showing loading or login before the signed-in UI (${reloadStored.times} reloads)`,
      `${reloadStored.loadingOrLoginFrames} in all (max ${reloadStored.maxLoadingOrLoginFrames} per reload); median ${reloadStored.medianBlankFrames} blank frames before the app's first render`,
      '0',
      goal(reloadStored.loadingOrLoginFrames, 0),
    ],
    [
      'reload, stored session: navigation start → first frame with signed-in content',
      `median ${ms(reloadStored.medianSignedInMs)} (${ms(reloadStored.minSignedInMs)}–${ms(reloadStored.maxSignedInMs)})`,
      '—',
      '',
    ],
    [
      `  control: reload with \`storage="memory"\` (nothing stored)`,
      `${reloadMemory.loadingOrLoginFrames} loading frames in all (max ${reloadMemory.maxLoadingOrLoginFrames}); median ${ms(reloadMemory.medianSignedInMs)} to signed-in`,
      '—',
      'control',
    ],
    [
      `parse a large session answer (${kB(micro.answerBytes)} JSON: 1,000 access features, 1,000 alerts)`,
      `median ${ms(micro.parseAnswer.medianMs)}, ${micro.parseAnswer.ratio.toFixed(1)}× \`JSON.parse\` of the same text alone (${ms(micro.parseAnswer.referenceMs)}, side by side; ${micro.parseAnswer.runs} runs)`,
      '—',
      '',
    ],
    [
      '  read the same session back from storage (`sessionSchema`)',
      `median ${ms(micro.parseStored.medianMs)}, ${micro.parseStored.ratio.toFixed(1)}× \`JSON.parse\` alone (${ms(micro.parseStored.referenceMs)})`,
      '—',
      '',
    ],
    [
      'render and commit `<AlertBanner>` under a session of 1,000 alerts (Chromium)',
      `median ${ms(behaviour.alertsRender.manyMs)}, ${behaviour.alertsRender.ratio.toFixed(1)}× the same with 1 alert (${ms(behaviour.alertsRender.oneMs)}, side by side; ${behaviour.alertsRender.runs} runs)`,
      '—',
      '',
    ],
    [
      '1,000,000 `hasAccess` checks (1,000-feature map, mixed requirements)',
      `median ${ms(micro.accessChecks.medianMs)} (${micro.accessChecks.nsPerCheck.toFixed(0)} ns per check), ${micro.accessChecks.ratio.toFixed(0)}× a plain own-property lookup (${ms(micro.accessChecks.referenceMs)}, side by side; ${micro.accessChecks.runs} runs)`,
      '—',
      '',
    ],
  );
  return rows;
}

export const behaviourHead = ['figure', 'measured', 'goal', 'result'];

/** Prints a table to the terminal (plain columns). */
export function printTable(title, head, rows) {
  const plain = (cell) => String(cell).replace(/\*\*/g, '').replace(/`/g, '');
  const all = [head, ...rows].map((row) => row.map(plain));
  const widths = head.map((_, column) =>
    Math.min(90, Math.max(...all.map((row) => row[column].length))),
  );
  console.log(`\n${title}`);
  for (const [index, row] of all.entries()) {
    console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

export function markdown({
  info,
  sizes,
  treeShaking,
  breakdowns,
  shares,
  behaviour,
  micro,
  seconds,
}) {
  const a = sizes.find((row) => row.id === 'a');
  const c = sizes.find((row) => row.id === 'c');
  const missed = sizes.filter((row) => row.budget !== null && row.brotli > row.budget);
  const budgetsLine =
    missed.length === 0
      ? 'every budget holds'
      : `the budgets are the goals of issue 7; ${missed.map((row) => row.label.split(' ')[0]).join(' ')} not met`;
  const bytes = (list) =>
    table(
      ['module', 'minified'],
      list.parts
        .filter((part) => part.minified > 0)
        .map((part) => [`\`${part.id}\``, `${part.minified.toLocaleString('en')} B`]),
    );
  const packages = Object.entries(info.packages)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return `# Benchmarks

Written by \`npm run bench\` (bench/run.mjs) from the run below; do not edit by hand. Sizes are
also checked in \`npm test\` (\`npm run check:size\`): against ceilings (the budget where it holds,
else today's size plus a few percent), so the kit cannot grow; ${budgetsLine}.

- **Run:** ${info.date}, commit ${info.commit}, ${seconds} s
- **Machine:** ${info.cores} cores (${info.cpu}), ${info.memory}; shared and noisy, so times are medians
- **Node** ${info.node}; **Chromium** ${info.chromium} (/usr/bin/chromium, headless)
- **Packages:** ${packages}
- **Reproduce:** \`npm ci && npm run bench\` (builds the package into node_modules/.cache, never dist/)

## Bytes

Each figure bundles an entry file that imports \`react-session-kit\` as an app would (the package
as \`vite build\` makes it), with rolldown ${info.packages.rolldown} (Vite 8's bundler), minified, with
\`process.env.NODE_ENV = "production"\`; then brotli (quality 11, node:zlib). React, react-dom and the
JSX runtime are never counted. kB = 1,000 bytes.

${table(sizeHead, sizeRows(sizes, treeShaking))}

Scenario (a) is the session layer of the core issue: ${a.names.map((name) => `\`${name}\``).join(', ')}.
(c) and (d) import ${c.names.map((name) => `\`${name}\``).join(', ')}. (b) and (e) are \`export *\` of the root entry; (s) is \`export *\` of
\`react-session-kit/sessions\`, with the root-entry modules it uses (the provider's context, labels).
Tree-shaking: the bundle of (t) holds no react-hook-form or @hookform module, none of the
${treeShaking.witnesses} \`data-slot\` strings of the components (each one is present in (e)), and, bundled
from sources, no module of \`src/components/\` but the provider's \`LabelsContext.ts\`. The bundle of (e)
holds none of the strings of \`react-session-kit/testing\` (each present in its own bundle), and,
from sources, no module of \`src/testing/\`. Each component
carries its own default labels: the page of (c) holds the alert banner's, none of the login form's
or the sessions list's.

### Where the bytes go

Budget (a), kit code: ${kB(breakdowns.a.brotli)} brotli, ${kB(breakdowns.a.minified)} minified (from sources, so each module shows;
minified alone, the parts add up to a little more than the whole):

<details><summary>modules of (a)</summary>

${bytes(breakdowns.a)}

</details>

<details><summary>modules of (c)</summary>

${bytes(breakdowns.c)}

</details>

### The kit's code and its libraries

Each bundle that counts libraries, split in two (from sources): the kit's own code is the same app
entry bundled with every library left out; the libraries are the rest. "Left for the kit" is the
budget minus the libraries: what the kit's own code may weigh for the budget to hold.

${table(
  ['bundle', 'whole', 'kit code', 'libraries', 'budget', 'left for the kit'],
  shares.rows.map((row) => [
    row.label,
    kB(row.total),
    kB(row.kit),
    kB(row.libraries),
    `≤ ${kB(row.budget)}`,
    kB(row.budget - row.libraries),
  ]),
)}

${
  shares.esbuild.error
    ? `(c) bundled by esbuild: not measured (${shares.esbuild.error}).`
    : `(c) bundled by esbuild ${shares.esbuild.version} instead of rolldown: ${kB(shares.esbuild.size)}.`
}

## Behaviour

Real Chromium (headless, one browser) on the bench page (bench/page: \`SessionProvider\` on the
built package) served from 127.0.0.1 with the kit's mock backend (\`react-session-kit/mock\`, ${behaviour.latencyMs} ms
latency) answering over HTTP; requests are counted by that server, so they are the whole browser's.
Refresh periods (\`refetchInterval\`): ${behaviour.settings.consumers.interval} ms for the consumer counts,
${behaviour.settings.tabs.interval} ms across tabs.
In headless Chromium every tab counts as visible, so every tab polls: the worst case.
Parse and access-check costs are measured in Node on the built package.

${table(behaviourHead, behaviourRows(behaviour, micro))}
${tabsFinding(behaviour.tabs)}`;
}

/** Why the tabs make more than one request per period, when they do (read from the figures). */
function tabsFinding(tabs) {
  if (tabs.perPeriod <= 1) return '';
  const started = tabs.startedByTab.reduce((sum, count) => sum + count, 0);
  const completed = tabs.fetchedByTab.reduce((sum, count) => sum + count, 0);
  return `
**Why ${tabs.tabs} tabs cost ${tabs.perPeriod.toFixed(1)} requests per period, not 1.** Sharing the answer does not
share the request. Each tab runs its own \`refetchInterval\` timer, and TanStack Query restarts a tab's
timer whenever its session changes, so a tab receiving another tab's session over BroadcastChannel
restarts its timer a few ms after that tab's answer. At the next period the first tab's request is
still in flight when the other timers fire, so they send theirs too, then cancel them when the
session arrives over the channel: in this run the tabs started ${started} fetches and completed ${completed}.
One request per period for the whole browser takes one poller per browser (e.g. a Web Locks
leader: only the tab holding the lock gets a \`refetchInterval\`, the others take the session from
the channel).
`;
}
