// The bench page's server, on 127.0.0.1 only: the built page as static files, and under /api the
// kit's own mock backend (react-session-kit/mock, from the built package) answering over real
// HTTP. Every tab of the browser talks to this one server, so its request counts are the
// browser's. No network beyond 127.0.0.1.
import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { getResponse } from 'msw';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host']);

/**
 * Starts the server. `latency` (ms) is the mock's delay before every API answer, so that tabs
 * race each other as they would against a real API.
 */
export async function startServer({ pageDir, mockEntry, latency = 30 }) {
  const { createMockBackend } = await import(mockEntry);
  const counts = new Map();
  let backend = null;

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });

  async function handle(request, response) {
    const url = new URL(request.url ?? '/', origin());
    if (url.pathname.startsWith('/api/')) {
      const key = `${request.method} ${url.pathname.slice(4)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value === undefined || hopByHop.has(name)) continue;
        for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
      }
      const answer = await getResponse(
        backend.handlers,
        new Request(url, { method: request.method, headers, body }),
      );
      if (!answer || answer.type === 'error') {
        response.destroy();
        return;
      }
      const out = {};
      answer.headers.forEach((value, name) => {
        if (name !== 'set-cookie') out[name] = value;
      });
      const cookies = answer.headers.getSetCookie();
      if (cookies.length > 0) out['set-cookie'] = cookies;
      response.writeHead(answer.status, out);
      response.end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    const path = normalize(url.pathname === '/' ? '/index.html' : url.pathname);
    try {
      const file = await readFile(join(pageDir, path));
      response.writeHead(200, {
        'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(file);
    } catch {
      response.writeHead(404).end();
    }
  }

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = () => `http://127.0.0.1:${server.address().port}`;
  backend = createMockBackend({ apiUrl: `${origin()}/api`, latency });

  return {
    origin: origin(),
    backend,
    /** Requests received for `key` (`'GET /app/session'`) since the last `resetCounts()`. */
    count: (key) => counts.get(key) ?? 0,
    resetCounts: () => counts.clear(),
    /** Signs the mock's one user in, as the login form would. */
    async signIn(username = 'single') {
      const answer = await fetch(`${origin()}/api/app/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'password' }),
      });
      if (!answer.ok) throw new Error(`bench: mock login answered ${answer.status}`);
      if (backend.state.stage !== 'signed_in')
        throw new Error(`bench: mock stage is ${backend.state.stage} after login`);
      // The mock knows the user only by their cookie (as a real server): the browser needs it.
      const [pair = ''] = (answer.headers.getSetCookie()[0] ?? '').split(';');
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: origin() };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
