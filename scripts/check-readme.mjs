// Part of `npm test`, after `npm run build`: every ts/tsx block of README.md (and docs/*.md) is
// type-checked against the built package, as a new user would paste it: one module per block,
// under the tsconfig create-vite's React template generates, plus exactOptionalPropertyTypes.
// A block that uses the kit's names without importing them (a fragment) gets the imports added;
// the app's own names the blocks assume (navigate, Spinner, …) are declared in
// scripts/readme-snippets.d.ts (and Next.js's, not installed here, in scripts/readme-modules.d.ts).
// Imports a block spells out are checked as written.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'test-results', 'readme');
const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** name → { from, type } for every export of the package's entries (first entry wins). */
function packageExports() {
  const entries = [
    ['react-session-kit', 'dist/index.d.ts'],
    ['react-session-kit/sessions', 'dist/sessions/index.d.ts'],
    ['react-session-kit/mock', 'dist/mock/index.d.ts'],
    ['react-session-kit/server', 'dist/server/index.d.ts'],
  ];
  const names = new Map();
  for (const [from, file] of entries) {
    const path = join(root, file);
    if (!existsSync(path)) throw new Error(`check-readme: ${file} is missing: run npm run build`);
    for (const [, type, list] of readFileSync(path, 'utf8').matchAll(/export (type )?\{([^}]*)\}/g))
      for (const raw of list.split(',')) {
        const name = raw
          .trim()
          .split(/\s+as\s+/)
          .pop();
        if (name && !names.has(name)) names.set(name, { from, type: Boolean(type) });
      }
  }
  return names;
}

/** Names fragments use from the libraries next to the kit. */
const libraryNames = {
  react: ['useState', 'useEffect', 'useMemo', 'useRef', 'Suspense', 'StrictMode'],
  'react-router': ['useNavigate', 'useSearchParams', 'useLocation', 'Link'],
  '@tanstack/react-query': ['useQuery', 'QueryClient', 'QueryClientProvider'],
};

function blocksOf(document) {
  const text = readFileSync(join(root, document), 'utf8');
  return [...text.matchAll(/^```(tsx?)\n([\s\S]*?)^```/gm)].map((match) => ({
    lang: match[1],
    code: match[2],
    line: text.slice(0, match.index).split('\n').length,
  }));
}

/** The code without comments and string contents, for finding the names it uses. */
const codeOnly = (code) =>
  code
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/.*$/gm, ' ')
    .replace(/(['"`])(?:\\.|(?!\1)[^\\\n])*\1/g, "''");

function withImports(code, kitNames) {
  const declared = new Set();
  for (const [, list] of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}/g))
    for (const raw of list.split(','))
      declared.add(
        raw
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)
          .pop(),
      );
  for (const [, name] of code.matchAll(
    /(?:function|const|let|class|type|interface)\s+([A-Za-z_$][\w$]*)/g,
  ))
    declared.add(name);
  const used = new Set(codeOnly(code).match(/(?<![.\w$])[A-Za-z_$][\w$]*/g) ?? []);
  const imports = new Map();
  const add = (from, spec) => imports.set(from, [...(imports.get(from) ?? []), spec]);
  for (const name of used) {
    if (declared.has(name)) continue;
    const kit = kitNames.get(name);
    if (kit) add(kit.from, kit.type ? `type ${name}` : name);
    for (const [from, names] of Object.entries(libraryNames))
      if (names.includes(name)) add(from, name);
  }
  // On the block's first line, so the line numbers of errors are the block's own.
  const lines = [...imports].map(
    ([from, specs]) => `import { ${specs.join(', ')} } from '${from}';`,
  );
  return `${lines.join(' ')}${code}`;
}

const tsconfig = {
  // create-vite 8's React + TypeScript template (tsconfig.app.json), plus exactOptionalPropertyTypes.
  compilerOptions: {
    target: 'ES2022',
    useDefineForClassFields: true,
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    types: ['vite/client'],
    skipLibCheck: true,
    moduleResolution: 'bundler',
    allowImportingTsExtensions: true,
    verbatimModuleSyntax: true,
    moduleDetection: 'force',
    noEmit: true,
    jsx: 'react-jsx',
    strict: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    erasableSyntaxOnly: true,
    noFallthroughCasesInSwitch: true,
    noUncheckedSideEffectImports: true,
    exactOptionalPropertyTypes: true,
  },
  include: ['*.ts', '*.tsx'],
};

rmSync(out, { recursive: true, force: true });
for (const dir of ['complete', 'fragments']) mkdirSync(join(out, dir), { recursive: true });
const kitNames = packageExports();
const origins = new Map();
for (const document of documents) {
  for (const [index, block] of blocksOf(document).entries()) {
    const file = `${document.replace(/\W/g, '_')}_${String(index).padStart(2, '0')}.${block.lang}`;
    // A complete example (it has imports) compiles as it is; a fragment gets the kit's imports
    // and the app's names, and may declare values only to show them (no unused-locals check).
    const complete = /^import /m.test(block.code);
    const dir = join(out, complete ? 'complete' : 'fragments');
    origins.set(`${complete ? 'complete' : 'fragments'}/${file}`, `${document}:${block.line}`);
    writeFileSync(join(dir, file), complete ? block.code : withImports(block.code, kitNames));
  }
}
writeFileSync(join(out, 'complete', 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
for (const dir of ['complete', 'fragments'])
  for (const declarations of ['readme-snippets.d.ts', 'readme-modules.d.ts'])
    copyFileSync(join(root, 'scripts', declarations), join(out, dir, declarations));
const fragmentsConfig = {
  ...tsconfig,
  compilerOptions: { ...tsconfig.compilerOptions, noUnusedLocals: false },
};
writeFileSync(join(out, 'fragments', 'tsconfig.json'), JSON.stringify(fragmentsConfig, null, 2));

let failed = false;
for (const dir of ['complete', 'fragments']) {
  try {
    execFileSync(
      join(root, 'node_modules', '.bin', 'tsc'),
      ['-p', join(out, dir), '--pretty', 'false'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
  } catch (error) {
    failed = true;
    const report = String(error.stdout).replace(
      /test-results\/readme\/(\w+\/[\w.]+)\((\d+),\d+\)/g,
      (_, file, line) =>
        `${origins.get(file) ?? file} (block line ${line}) [test-results/readme/${file}]`,
    );
    console.error(`check-readme: ${dir} blocks that do not compile:\n${report}`);
  }
}
if (failed) process.exitCode = 1;
else
  console.log(`check-readme: ${origins.size} ts/tsx blocks of ${documents.join(', ')} type-check.`);
