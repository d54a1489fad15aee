// Last step of `npm run build`: gives the relative imports of the emitted declarations (dist/**/*.d.ts)
// the file extensions Node's ESM resolution needs. The sources import without extensions
// (moduleResolution "Bundler"), and tsc copies the specifiers as written, so a TypeScript project on
// `moduleResolution: "node16"/"nodenext"` could not follow them ("Internal resolution error" in
// attw). `./core/client` becomes `./core/client.js` (dist/core/client.d.ts exists), `./sessions`
// would become `./sessions/index.js`. Type-only output is touched; the JavaScript is not.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const dist = resolve(fileURLToPath(new URL('../dist', import.meta.url)));

function declarationFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return declarationFiles(path);
    return path.endsWith('.d.ts') ? [path] : [];
  });
}

// `from '…'` (import/export), `import '…'` and `import('…')` with a relative specifier;
// tsc also writes `import(".")` (the directory's index) in inferred types.
const specifier = /(\bfrom\s+|\bimport\s+|\bimport\(\s*)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g;

const unresolved = [];
let rewritten = 0;
for (const file of declarationFiles(dist)) {
  const source = readFileSync(file, 'utf8');
  const next = source.replace(specifier, (match, before, quote, path) => {
    if (/\.(js|mjs|cjs|json|css)$/.test(path)) return match;
    const target = resolve(dirname(file), path);
    let fixed;
    if (existsSync(`${target}.d.ts`)) fixed = `${path}.js`;
    else if (existsSync(join(target, 'index.d.ts'))) fixed = `${path.replace(/\/$/, '')}/index.js`;
    if (!fixed) {
      unresolved.push(`${relative(dist, file)}: ${path}`);
      return match;
    }
    rewritten += 1;
    return `${before}${quote}${fixed}${quote}`;
  });
  if (next !== source) writeFileSync(file, next);
}

if (unresolved.length > 0) {
  console.error(`fix-dts-imports: no declaration file for\n  ${unresolved.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`fix-dts-imports: ${rewritten} relative imports in dist/**/*.d.ts now end in .js`);
}
