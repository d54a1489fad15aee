// Part of `npm run check:package`, on the built dist/: the entries holding the React layer start
// with 'use client' (React Server Components render them as client modules), and
// react-session-kit/server reaches neither React nor a client module, so server code can import it;
// react-session-kit/testing reaches no MSW (apps test with it without installing MSW).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';

const dist = resolve(import.meta.dirname, '..', 'dist');
const clientEntries = ['index.js', 'sessions.js', 'testing.js'];
const serverEntries = ['server.js'];
const problems = [];

const isClientModule = (code) => /^['"]use client['"];/.test(code);

/** Every file of dist/ that `file` imports, directly or not, itself included. */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/\bfrom\s*"(\.[^"]+)"/g))
    moduleGraph(join(dirname(file), specifier), seen);
  return seen;
}

for (const entry of clientEntries) {
  if (!isClientModule(readFileSync(join(dist, entry), 'utf8')))
    problems.push(`dist/${entry} does not start with 'use client'`);
}
for (const entry of serverEntries) {
  for (const file of moduleGraph(join(dist, entry))) {
    const code = readFileSync(file, 'utf8');
    const name = file.slice(dist.length + 1);
    if (isClientModule(code)) problems.push(`${entry} reaches the client module ${name}`);
    if (/\bfrom\s*"react(-dom)?(\/[^"]*)?"/.test(code))
      problems.push(`${entry} reaches React in ${name}`);
  }
}

for (const file of moduleGraph(join(dist, 'testing.js'))) {
  if (/\bfrom\s*"msw(\/[^"]*)?"/.test(readFileSync(file, 'utf8')))
    problems.push(`testing.js reaches MSW in ${file.slice(dist.length + 1)}`);
}

if (problems.length > 0) {
  console.error(`check-client-boundary: ${problems.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log(
    `check-client-boundary: ${clientEntries.join(', ')} are client modules; ${serverEntries.join(', ')} reaches no React; testing.js reaches no MSW.`,
  );
}
