// One static server for built sites on 127.0.0.1 (the demo, Storybook, the examples), shared by
// scripts/screenshot-demo.mjs and the e2e, examples and visual suites.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Resolves once `server` listens on a free port of 127.0.0.1, to its origin. */
export function listen(server) {
  return new Promise((resolveOrigin) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') throw new Error('no port');
      resolveOrigin(`http://127.0.0.1:${address.port}`);
    }),
  );
}

/** Closes `server`, its open connections included. */
export const closer = (server) => () =>
  new Promise((resolveClose) => {
    server.closeAllConnections();
    server.close(() => resolveClose());
  });

/** Serves a built site: files as they are, any other path gets index.html (the app routes itself). */
export async function serveStatic(dir) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = normalize(join(dir, decodeURIComponent(pathname)));
    if (!file.startsWith(dir + sep) && file !== dir) file = join(dir, 'index.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) file = join(dir, 'index.html');
    response.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return { origin: await listen(server), close: closer(server) };
}
