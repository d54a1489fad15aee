import { getResponse, type RequestHandler } from 'msw';

/** A `fetch` with the cookie jar a browser would keep for the mock's API. */
export interface MockFetch {
  fetch: typeof fetch;
  /** Forgets the cookie. */
  clearCookies(): void;
}

/**
 * A `fetch` answered by `handlers` in the calling code, without intercepting anything: no
 * `setupServer`, no service worker. A network-error answer (the `offline` fault) rejects with a
 * `TypeError`, as a real fetch does; a request no handler matches rejects too. It keeps the cookie
 * the answers set and sends it back (in Node: a browser's `Request` cannot carry a `Cookie` header).
 */
export function createMockFetch(handlers: RequestHandler[]): MockFetch {
  let cookie: string | null = null;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (cookie !== null && !request.headers.has('Cookie')) request.headers.set('Cookie', cookie);
    request.signal.throwIfAborted();
    const response = await getResponse(handlers, request);
    request.signal.throwIfAborted();
    if (!response)
      throw new TypeError(`The mock has no route for ${request.method} ${request.url}`);
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    for (const line of response.headers.getSetCookie()) {
      cookie = /;\s*Max-Age=0/i.test(line) ? null : (line.split(';')[0] ?? null);
    }
    return response;
  };
  return {
    fetch,
    clearCookies() {
      cookie = null;
    },
  };
}
