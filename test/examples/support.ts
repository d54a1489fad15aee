import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

export const root = resolve(import.meta.dirname, '../..');
export const examplesDir = join(root, 'examples');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
};
/** What `npm pack` writes into examples/.pack. */
export const tarball = join(examplesDir, '.pack', `react-session-kit-${version}.tgz`);

/**
 * Builds run in production mode: Vitest sets NODE_ENV=test, with which the kit's build would use
 * React's development JSX runtime (`jsxDEV`), which production React lacks.
 */
export const production = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Starts a server process and resolves once `url` answers. */
export async function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; url: string },
): Promise<{ process: ChildProcess; output: string[]; stop(): Promise<void> }> {
  const output: string[] = [];
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${command} exited: ${output.join('')}`);
    const up = await fetch(options.url).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) throw new Error(`${options.url} did not answer: ${output.join('')}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
  return {
    process: child,
    output,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

export const run = promisify(execFile);

/** Console errors and warnings, page errors (hydration errors are both) and failed responses. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  return problems;
}

export async function logIn(page: Page, username: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Log in' });
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Log in' }).click();
}

export async function chooseAccount(page: Page, title: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Choose an account' });
  // A radio row per account: a click on its title.
  await form.getByText(title, { exact: true }).click();
  await form.getByRole('button', { name: 'Continue' }).click();
}
