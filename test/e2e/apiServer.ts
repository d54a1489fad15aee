// A real HTTP server for the session API, on 127.0.0.1: the kit's mock backend (its MSW
// handlers, run with msw's `getResponse`) behind Node's `http`, with real CORS with credentials,
// a real HttpOnly `Set-Cookie` in cookie mode, and `X-JWT` / `X-Session-Status` exposed to the page.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse } from 'msw';
import { createMockBackend, type MockBackend, type MockBackendOptions } from '../../src/mock';

/** One request as the server saw it, for assertions. */
export interface SeenRequest {
  method: string;
  path: string;
  origin: string | null;
  /** The `Cookie` header the browser sent (`null`: none). */
  cookie: string | null;
  authorization: string | null;
  /** True for a CORS preflight (OPTIONS). */
  preflight: boolean;
}

/** Rewrites a JSON answer before it leaves (the XSS suite puts its payloads in here). */
export type AnswerTransform = (path: string, body: unknown) => unknown;

export interface ApiServerOptions {
  /** The origin allowed by CORS (the demo's); read per request, since it is known late. */
  allowedOrigin: () => string;
  /** Mock backend options; `apiUrl` is the server's own address. */
  backend?: Omit<MockBackendOptions, 'apiUrl'>;
}

/**
 * The mock has one server-side session and treats a request without a JWT as its client. A real
 * server does not: in cookie mode a request of the session API that carries no `BackstackJWT`
 * cookie (nor a bearer JWT) is answered here by a second, always signed-out backend, so a browser
 * that did not keep or send the HttpOnly cookie is signed out, as it would be for real.
 */
const anonymousRoutes = /^\/(app\/(session|logout|login-account)|user\/)/;

export interface ApiServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  backend: MockBackend;
  requests: SeenRequest[];
  /** Sets (or with `null` clears) the transform of JSON answers. */
  transform(next: AnswerTransform | null): void;
  /** A fresh backend (signed out, fixtures restored), same port and options. */
  reset(options?: Omit<MockBackendOptions, 'apiUrl'>): void;
  close(): Promise<void>;
}

const exposed = ['X-JWT', 'X-Session-Status', 'Retry-After'].join(', ');

export async function startApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const requests: SeenRequest[] = [];
  let transform: AnswerTransform | null = null;
  let backend: MockBackend | null = null;
  let anonymousBackend: MockBackend | null = null;
  let jwtTransport = options.backend?.jwtTransport ?? 'body';
  let url = '';

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(`api server: ${String(error)}`);
    });
  });

  function corsHeaders(origin: string | undefined): Record<string, string> {
    if (!origin || origin !== options.allowedOrigin()) return { Vary: 'Origin' };
    return {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
      'Access-Control-Expose-Headers': exposed,
      Vary: 'Origin',
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const method = request.method ?? 'GET';
    const path = request.url ?? '/';
    const origin = request.headers.origin;
    requests.push({
      method,
      path,
      origin: origin ?? null,
      cookie: request.headers.cookie ?? null,
      authorization: request.headers.authorization ?? null,
      preflight: method === 'OPTIONS',
    });

    if (method === 'OPTIONS') {
      const allowed = origin !== undefined && origin === options.allowedOrigin();
      response.writeHead(
        204,
        allowed
          ? {
              ...corsHeaders(origin),
              'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
              'Access-Control-Allow-Headers': 'Content-Type, Authorization',
              // No caching: every JSON POST shows its preflight (the suite asserts it).
              'Access-Control-Max-Age': '0',
            }
          : { Vary: 'Origin' },
      );
      response.end();
      return;
    }

    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    }
    const fetchRequest = new Request(new URL(path, url), {
      method,
      headers,
      body: method === 'GET' || method === 'HEAD' ? undefined : body,
    });

    const presentsJwt =
      /(^|;\s*)BackstackJWT=[^;]+/.test(request.headers.cookie ?? '') ||
      /^Bearer\s+eyJ/i.test(request.headers.authorization ?? '');
    const anonymous =
      jwtTransport === 'cookie' &&
      !presentsJwt &&
      anonymousRoutes.test(new URL(path, url).pathname);
    const target = anonymous ? anonymousBackend : backend;
    const answer = target ? await getResponse(target.handlers, fetchRequest) : undefined;
    if (!answer) {
      response.writeHead(404, { ...corsHeaders(origin), 'Content-Type': 'application/json' });
      response.end(
        JSON.stringify({ error: { type: 'codebase', code: 404, message: 'Not found.' } }),
      );
      return;
    }
    if (answer.type === 'error') {
      // The mock's "offline" fault: drop the connection, as a dead server would.
      request.socket.destroy();
      return;
    }

    let text = await answer.text();
    const contentType = answer.headers.get('Content-Type') ?? '';
    if (transform && contentType.includes('json') && text !== '') {
      text = JSON.stringify(transform(new URL(path, url).pathname, JSON.parse(text)));
    }
    const out: Record<string, string | string[]> = { ...corsHeaders(origin) };
    answer.headers.forEach((value, name) => {
      if (name.toLowerCase() !== 'set-cookie' && name.toLowerCase() !== 'content-length')
        out[name] = value;
    });
    const cookies = answer.headers.getSetCookie();
    if (cookies.length > 0) out['Set-Cookie'] = cookies;
    response.writeHead(answer.status, out);
    response.end(text);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const make = (backendOptions: ApiServerOptions['backend']) => {
    jwtTransport = backendOptions?.jwtTransport ?? 'body';
    anonymousBackend = createMockBackend({ ...backendOptions, apiUrl: url });
    return createMockBackend({ ...backendOptions, apiUrl: url });
  };
  backend = make(options.backend);

  return {
    url,
    get backend() {
      return backend!;
    },
    requests,
    transform(next) {
      transform = next;
    },
    reset(next) {
      backend = make(next ?? options.backend);
      requests.length = 0;
      transform = null;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
