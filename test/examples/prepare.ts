// Packs the kit as it would be published and makes each example ready against that tarball:
// `npm ci` when its lockfile changed, the tarball installed when its hash changed, and (Next) a
// `next build` when the tarball or the example's sources changed. Each step is skipped otherwise,
// so a second run costs the pack and the checks only.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { examplesDir, production, root, tarball } from './support';

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): void {
  const started = Date.now();
  execFileSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(
    `examples: ${relative(root, cwd) || '.'}: ${command} ${args[0]} ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** A hash of files and folders (names and contents). */
function hashOf(paths: string[]): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory())
      for (const entry of readdirSync(path).sort()) add(join(path, entry));
    else hash.update(relative(root, path)).update(readFileSync(path));
  };
  paths.forEach(add);
  return hash.digest('hex');
}

/** Rewrites `file` only when `value` differs; true when it did (the step must run). */
function changed(file: string, value: string): boolean {
  return !existsSync(file) || readFileSync(file, 'utf8') !== value;
}

export default function prepare(): void {
  // The package as published: dist/ rebuilt when older than src/, then packed.
  const dist = join(root, 'dist', 'index.js');
  if (!existsSync(dist) || statSync(dist).mtimeMs < newestMtime(join(root, 'src')))
    run('npm', ['run', 'build', '--silent'], root, production);
  rmSync(join(examplesDir, '.pack'), { recursive: true, force: true });
  mkdirSync(join(examplesDir, '.pack'));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', join(examplesDir, '.pack')], {
    cwd: root,
    stdio: 'ignore',
  });
  const kitHash = hashOf([tarball]);

  for (const name of ['next-app-router', 'react-router']) {
    const dir = join(examplesDir, name);
    const modules = join(dir, 'node_modules');
    const lockHash = hashOf([join(dir, 'package-lock.json')]);
    if (changed(join(modules, '.example-lock-hash'), lockHash)) {
      run('npm', ['ci', '--no-audit', '--no-fund'], dir);
      writeFileSync(join(modules, '.example-lock-hash'), lockHash);
    }
    if (changed(join(modules, '.example-kit-hash'), kitHash)) {
      run('npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball], dir);
      writeFileSync(join(modules, '.example-kit-hash'), kitHash);
    }
  }

  // Next's build does not depend on the API's address (read per request): built once per change.
  const next = join(examplesDir, 'next-app-router');
  const buildHash = hashOf([
    tarball,
    join(next, 'app'),
    join(next, 'next.config.ts'),
    join(next, 'package-lock.json'),
    join(next, 'tsconfig.json'),
  ]);
  const buildMark = join(next, '.next', '.example-build-hash');
  if (changed(buildMark, buildHash) || !existsSync(join(next, '.next', 'BUILD_ID'))) {
    run(join(next, 'node_modules', '.bin', 'next'), ['build'], next, production);
    writeFileSync(buildMark, buildHash);
  }
}
