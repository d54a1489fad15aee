// The shape of src/'s import graph, as the architecture review measures it (issue 14):
//
// - Nodes: every source file under src/ (tests, stories and .d.ts files are not part of src/).
//   Every relative import and re-export counts, `import type` included.
// - Cycles: loops of files importing each other (strongly connected groups of files). Must be 0.
// - Upward imports: take every folder directly under src/ as one node (`core`, `sessions`,
//   `components`, …; a file at the src root stays a node of its own) and put the nodes in layers,
//   each above everything it imports. Where folders import each other in a loop no layering can
//   keep every import downhill; the imports that must run back up (from a lower layer to a higher
//   one, the fewest over all layerings) are the upward imports. A feature folder that re-exports a
//   hook from the src root, which itself imports the feature folder, makes one. At most `maxUpward`.
//
// Also printed, for information: imports into an ancestor folder (`../x` from a feature folder to a
// src root module). Those are the normal way down to the root's public hooks and are not counted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

const maxCycles = 0;
const maxUpward = 1;
const root = 'src';
const sourceFile = /\.(ts|tsx)$/;
const notSource = /\.(test|test-d|stories)\.tsx?$|\.d\.ts$/;

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    return sourceFile.test(name) && !notSource.test(name) ? [path] : [];
  });
}

const files = listFiles(root).map((path) => path.split(sep).join('/'));
const known = new Set(files);

function resolve(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(from), specifier).split(sep).join('/');
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => known.has(candidate)) ?? null;
}

/** file → the files it imports (each once). */
const imports = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.map(({ fileName }) => resolve(file, fileName));
    return [file, [...new Set(targets.filter((target) => target !== null && target !== file))]];
  }),
);

/** Tarjan's strongly connected components of `nodes` under `edgesOf`. */
function components(nodes, edgesOf) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of edgesOf(node)) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node), low.get(target)));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node), index.get(target)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    found.push(component);
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found;
}

const cycles = components(files, (file) => imports.get(file)).filter((group) => group.length > 1);

const nodeOf = (file) => {
  const parts = relative(root, file).split(sep);
  return parts.length > 1 ? parts[0] : parts[0];
};
/** Folder-level edges, each with the file imports that make it. */
const folderEdges = new Map();
for (const [file, targets] of imports) {
  for (const target of targets) {
    const from = nodeOf(file);
    const to = nodeOf(target);
    if (from === to) continue;
    const key = `${from}\u0000${to}`;
    folderEdges.set(key, [...(folderEdges.get(key) ?? []), `${file} → ${target}`]);
  }
}
const folderNodes = [...new Set(files.map(nodeOf))];
const targetsOf = (node) =>
  [...folderEdges.keys()]
    .filter((key) => key.startsWith(`${node}\u0000`))
    .map((key) => key.split('\u0000')[1]);

/** The file imports between two nodes (0 when none). */
const weight = (from, to) => folderEdges.get(`${from}\u0000${to}`)?.length ?? 0;

/**
 * The order of one loop of folders, top first, with the fewest imports running back up: exact
 * (dynamic programming over subsets) up to 16 folders, else greedy (Eades, Lin and Smyth) improved
 * by moving one node at a time while that helps, which can only overcount.
 */
function bestOrder(group) {
  if (group.length > 16) return improved(greedyOrder(group));
  const count = group.length;
  const best = new Float64Array(1 << count).fill(Infinity);
  const choice = new Int8Array(1 << count);
  best[0] = 0;
  for (let placed = 0; placed < 1 << count; placed += 1) {
    if (best[placed] === Infinity) continue;
    for (let next = 0; next < count; next += 1) {
      if (placed & (1 << next)) continue;
      // `next` goes below everything placed: its imports of those run back up.
      let cost = best[placed];
      for (let above = 0; above < count; above += 1) {
        if (placed & (1 << above)) cost += weight(group[next], group[above]);
      }
      const grown = placed | (1 << next);
      if (cost < best[grown]) {
        best[grown] = cost;
        choice[grown] = next;
      }
    }
  }
  const order = [];
  for (let placed = (1 << count) - 1; placed; placed &= ~(1 << choice[placed])) {
    order.unshift(group[choice[placed]]);
  }
  return order;
}

function greedyOrder(group) {
  const left = new Set(group);
  const top = [];
  const bottom = [];
  const inside = (node, direction) =>
    [...left].reduce(
      (sum, other) => sum + (direction === 'out' ? weight(node, other) : weight(other, node)),
      0,
    );
  while (left.size) {
    const node = [...left].reduce((a, b) =>
      inside(a, 'out') - inside(a, 'in') >= inside(b, 'in') - inside(b, 'out') ? a : b,
    );
    left.delete(node);
    if (inside(node, 'in') === 0 && inside(node, 'out') > 0) bottom.unshift(node);
    else top.push(node);
  }
  return [...top, ...bottom];
}

const upwardCount = (order) =>
  order.reduce(
    (sum, from, position) =>
      sum + order.slice(0, position).reduce((inner, above) => inner + weight(from, above), 0),
    0,
  );

function improved(order) {
  let current = order;
  let cost = upwardCount(current);
  for (let better = true; better;) {
    better = false;
    for (const node of order) {
      const rest = current.filter((other) => other !== node);
      for (let position = 0; position <= rest.length; position += 1) {
        const moved = [...rest.slice(0, position), node, ...rest.slice(position)];
        const movedCost = upwardCount(moved);
        if (movedCost < cost) [current, cost, better] = [moved, movedCost, true];
      }
    }
  }
  return current;
}

/** The imports that run back up under the best layering of one loop of folders. */
function upwardIn(group) {
  const layer = new Map(bestOrder(group).map((node, position) => [node, position]));
  return group.flatMap((from) =>
    targetsOf(from)
      .filter((to) => layer.has(to) && layer.get(to) < layer.get(from))
      .flatMap((to) => folderEdges.get(`${from}\u0000${to}`)),
  );
}

const upward = components(folderNodes, targetsOf)
  .filter((group) => group.length > 1)
  .flatMap(upwardIn);

const intoAncestor = [...imports].flatMap(([file, targets]) =>
  targets.filter((target) => {
    const folder = dirname(target);
    return folder !== dirname(file) && dirname(file).startsWith(`${folder}/`);
  }),
);

const importCount = [...imports.values()].reduce((sum, targets) => sum + targets.length, 0);
console.log(
  `src/ import graph: ${files.length} files, ${importCount} imports, ` +
    `${cycles.length} cycles (max ${maxCycles}), ${upward.length} upward imports (max ${maxUpward}); ` +
    `${intoAncestor.length} imports into an ancestor folder (not counted).`,
);
for (const cycle of cycles) console.log(`  cycle: ${cycle.join(' → ')}`);
for (const line of upward) console.log(`  upward: ${line}`);
if (cycles.length > maxCycles || upward.length > maxUpward) process.exit(1);
