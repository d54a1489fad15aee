import type * as z from 'zod/mini';
import { SessionError, type ResponseIssue, type SessionErrorKind } from './SessionError';
import { readErrorBody, unwrapEnvelope, type ServerErrorBody } from './schemas/envelope';

/** How the user's JWT travels after login: an HttpOnly cookie, or an `Authorization` bearer. */
export type JwtTransport = 'cookie' | 'bearer';

/** `X-Session-Status`: in the log-in stage, up to date, or changed server-side. */
export type SessionStatusHeader = 'auth' | 'current' | 'stale';

export interface TransportOptions {
  /** The API's base URL, e.g. `https://api.example.com`. */
  apiUrl: string;
  /** The app's public key, sent as `Authorization` until a bearer JWT replaces it. */
  appKey?: string;
  /** `'Bearer'` sends `Bearer <key>`; `'none'` sends the bare key. Default `'Bearer'`. */
  authorizationScheme?: 'Bearer' | 'none';
  /** Default `'cookie'`. `'bearer'` keeps the JWT from the body or `X-JWT` and sends it as `Authorization`. */
  jwtTransport?: JwtTransport;
  /** Default `'include'`: the API is usually on another origin and the cookie must travel. */
  credentials?: RequestCredentials;
  /** Extra headers sent with every request. */
  headers?: Readonly<Record<string, string>>;
  /**
   * Send no header beyond `headers` and `Authorization` (not even `Content-Type`), for a
   * deployment whose CORS rules reject anything else. Bodies then go as `text/plain` JSON.
   */
  onlyConfiguredHeaders?: boolean;
  /** Milliseconds before a request fails with `kind: 'timeout'`. Default 15000. */
  timeoutMs?: number;
  /**
   * The largest answer the kit reads, in bytes. A bigger one is not parsed: it fails as
   * `invalid_response` (an error status keeps its own kind). Default 1 MB (1_048_576).
   */
  maxAnswerBytes?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
}

export interface RequestOptions<T> {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  schema: z.ZodMiniType<T>;
  signal?: AbortSignal | undefined;
  /** The answer is a session: its own `X-Session-Status` needs no refetch. */
  carriesSession?: boolean;
}

/** Which answer an `X-Session-Status` came with. */
export interface AnswerInfo {
  path: string;
  carriesSession: boolean;
}

type StatusListener = (status: SessionStatusHeader, answer: AnswerInfo) => void;

export interface Transport {
  request<T>(options: RequestOptions<T>): Promise<T>;
  readonly jwtTransport: JwtTransport;
  getToken(): string | null;
  setToken(token: string | null): void;
  /** Called with every answer's `X-Session-Status` and the answer it came with. */
  onSessionStatus(listener: StatusListener): () => void;
}

const defaultTimeoutMs = 15_000;
const defaultMaxAnswerBytes = 1_048_576;

export function createTransport(options: TransportOptions): Transport {
  const jwtTransport = options.jwtTransport ?? 'cookie';
  const listeners = new Set<StatusListener>();
  let token: string | null = null;

  function headersFor(hasBody: boolean): Headers {
    const headers = new Headers(options.headers);
    if (hasBody && !options.onlyConfiguredHeaders) headers.set('Content-Type', 'application/json');
    const credential = (jwtTransport === 'bearer' && token) || options.appKey;
    if (credential) {
      headers.set(
        'Authorization',
        options.authorizationScheme === 'none' ? credential : `Bearer ${credential}`,
      );
    }
    return headers;
  }

  function readHeaders(response: Response, answer: AnswerInfo): void {
    const status = response.headers.get('X-Session-Status')?.trim().toLowerCase();
    if (status === 'auth' || status === 'current' || status === 'stale') {
      for (const listener of listeners) listener(status, answer);
    }
    const headerJwt = response.headers.get('X-JWT');
    if (jwtTransport === 'bearer' && headerJwt) token = usableToken(headerJwt);
  }

  async function request<T>({
    method,
    path,
    body,
    schema,
    signal,
    carriesSession = false,
  }: RequestOptions<T>): Promise<T> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs ?? defaultTimeoutMs);
    const abort = () => controller.abort();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      const response = await (options.fetch ?? globalThis.fetch)(joinUrl(options.apiUrl, path), {
        method,
        headers: headersFor(body !== undefined),
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: options.credentials ?? 'include',
        signal: controller.signal,
      });
      readHeaders(response, { path, carriesSession });
      if (redirectedAway(response, options.apiUrl)) {
        throw new SessionError({
          kind: 'invalid_response',
          status: response.status,
          issues: [{ path: [], message: 'Redirected off the API' }],
        });
      }
      const text = await readText(response, options.maxAnswerBytes ?? defaultMaxAnswerBytes);
      return readAnswer(response, parseJson(text), schema);
    } catch (error) {
      if (error instanceof SessionError) throw error;
      if (timedOut) throw new SessionError({ kind: 'timeout' });
      if (signal?.aborted) throw new SessionError({ kind: 'aborted' });
      throw new SessionError({ kind: 'network' });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  }

  return {
    request,
    jwtTransport,
    getToken: () => token,
    setToken: (next) => {
      token = next === null ? null : usableToken(next);
    },
    onSessionStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** RFC 6750 `b64token`, which every JWT is: anything else is no credential (and `Headers` throws on some). */
const b64token = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * The token when it can go in an `Authorization` header, else `null`. A server `jwt` holding, say,
 * an emoji or a newline would otherwise make every later request throw in `Headers.set` (read as
 * "network" errors, login included, and again after a reload from the stored session).
 */
function usableToken(value: string): string | null {
  return b64token.test(value) ? value : null;
}

/**
 * The body as text, read no further than `maxBytes` (by its `Content-Length`, and by the bytes read:
 * a server may send none, or lie). A bigger answer is `invalid_response`; with an error status the
 * body is ignored and the status keeps its kind.
 */
async function readText(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = Number(response.headers.get('Content-Length')) > maxBytes ? Infinity : 0;
  while (bytes <= maxBytes) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
  void reader.cancel().catch(() => {});
  if (!response.ok) return '';
  throw new SessionError({
    kind: 'invalid_response',
    status: response.status,
    issues: [{ path: [], message: `Expected at most ${maxBytes} bytes` }],
  });
}

const notJson = Symbol('not JSON');

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return notJson;
  }
}

function readAnswer<T>(response: Response, json: unknown, schema: z.ZodMiniType<T>): T {
  const serverError = json === notJson ? null : readErrorBody(json);
  // An unreadable answer is retried like a 5xx, so the server's wait applies to it too.
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  if (!response.ok || serverError) {
    const status = response.ok ? statusFromCode(serverError?.code) : response.status;
    throw errorFor(status, serverError, retryAfter);
  }
  if (json === notJson) {
    throw new SessionError({
      kind: 'invalid_response',
      status: response.status,
      issues: [{ path: [], message: 'Expected a JSON body' }],
      retryAfter,
    });
  }
  const parsed = schema.safeParse(unwrapEnvelope(json));
  if (!parsed.success) {
    throw new SessionError({
      kind: 'invalid_response',
      status: response.status,
      issues: parsed.error.issues.map(describeIssue),
      retryAfter,
    });
  }
  return parsed.data;
}

/**
 * zod/mini leaves its English messages out (a library must not call `z.config` for the app), so
 * every type mismatch reads "Invalid input"; say what was expected instead.
 */
function describeIssue(issue: z.core.$ZodIssue): ResponseIssue {
  const message = issue.code === 'invalid_type' ? `Expected ${issue.expected}` : issue.message;
  return { path: issue.path, message };
}

function errorFor(
  status: number,
  body: ServerErrorBody | null,
  retryAfter: number | undefined,
): SessionError {
  const fields = body?.fields ?? {};
  return new SessionError({
    kind: kindOf(status, Object.keys(fields).length > 0),
    status,
    message: body?.message,
    code: body?.code,
    fields,
    retryAfter,
  });
}

function kindOf(status: number, hasFields: boolean): SessionErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 410) return 'gone';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  if (hasFields || status === 400 || status === 422) return 'validation';
  return 'http';
}

/** An error inside a 200 answer names its HTTP status in `code`; anything else reads as 400. */
function statusFromCode(code: string | undefined): number {
  const status = Number(code);
  return Number.isInteger(status) && status >= 400 && status <= 599 ? status : 400;
}

function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** A followed redirect to another origin: whatever that origin says is no answer of the API. */
function redirectedAway(response: Response, apiUrl: string): boolean {
  return response.redirected && new URL(response.url).origin !== new URL(apiUrl).origin;
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
