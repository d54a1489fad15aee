import { createSessionClient, type SessionClientOptions } from '../core/client';
import { isSessionError } from '../core/SessionError';
import type { Session } from '../core/schemas/session';
import { signedOutSession } from '../core/signedOut';

export interface FetchSessionOptions extends Pick<
  SessionClientOptions,
  'appKey' | 'authorizationScheme' | 'fetch' | 'timeoutMs'
> {
  /** The API's base URL, as given to `<SessionProvider apiUrl>`. */
  apiUrl: string;
  /**
   * The incoming request's headers to forward: at least its `cookie` (the session cookie). Headers
   * that describe the incoming request itself (`host`, `content-*`, hop-by-hop and conditional
   * ones) are not forwarded, so passing all of them (Next.js `await headers()`) is fine.
   */
  headers: HeadersInit;
}

/** Headers of the page request that would be wrong on the session call. */
const notForwarded = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'expect',
  'content-length',
  'content-type',
  'content-encoding',
  'accept-encoding',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'if-unmodified-since',
  'if-range',
  'range',
]);

function forwarded(headers: HeadersInit): Record<string, string> {
  const kept: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => {
    if (!notForwarded.has(name)) kept[name] = value;
  });
  return kept;
}

/**
 * The session of the user whose request the server is answering, for
 * `<SessionProvider initialSession>`: `GET /app/session` with the request's cookie, parsed like the
 * provider parses it. The result is plain JSON data (React passes it from a Server Component to a
 * Client Component) without the JWT, which stays in its HttpOnly cookie; `sessionId` is kept, so
 * `<ActiveSessions>` still marks "This device". A 401 reads as signed out; other failures reject
 * with a `SessionError` (render without `initialSession` then: the browser loads the session).
 *
 * @example
 * const session = await fetchSession({ apiUrl, headers: await headers() }).catch(() => undefined)
 * return <SessionProvider apiUrl={apiUrl} initialSession={session}>{children}</SessionProvider>
 */
export async function fetchSession(options: FetchSessionOptions): Promise<Session> {
  const { headers, ...clientOptions } = options;
  const client = createSessionClient({
    ...clientOptions,
    headers: forwarded(headers),
    jwtTransport: 'cookie',
  });
  try {
    return await client.getSession();
  } catch (error) {
    if (isSessionError(error) && error.kind === 'unauthorized') return signedOutSession(null);
    throw error;
  }
}
