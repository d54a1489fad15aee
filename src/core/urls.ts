// URLs taken from outside (server data, query parameters) before the kit links or navigates to them.

/**
 * Whitespace (any Unicode space), C0/C1 control characters and backslashes: never in a URL the kit
 * links or a raw `returnTo` (browsers strip or rewrite them, which is how filters are bypassed).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const forbidden = /[\s\u0000-\u001f\u007f-\u009f\\]/;

const httpScheme = /^https?:\/\//i;

/**
 * The URL when it is safe to use as a link `href`, else `null`. Safe means an absolute `http:` /
 * `https:` URL, or a same-origin path starting with a single `/`. Everything else is rejected:
 * `javascript:`, `data:`, `vbscript:` and any other scheme in any casing, protocol-relative
 * `//host`, relative paths without a leading `/`, and any string holding whitespace, control
 * characters or backslashes (browsers strip or rewrite those, which is how filters are bypassed).
 *
 * @example
 * safeUrl('https://example.com/help') // 'https://example.com/help'
 * safeUrl('/settings') // '/settings'
 * safeUrl(' JaVaScRiPt:alert(1)') // null
 */
export function safeUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value === '' || value.length > 2048) return null;
  if (forbidden.test(value)) return null;
  if (value.startsWith('/')) return value.startsWith('//') ? null : value;
  if (!httpScheme.test(value)) return null;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
      ? value
      : null;
  } catch {
    return null;
  }
}

/** Control characters and backslashes: never in the decoded value (encoded spaces are fine). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const forbiddenDecoded = /[\u0000-\u001f\u007f-\u009f\\]/;
const returnToBase = 'https://return-to.invalid';

/** Undoes percent-encoding until nothing changes (at most a few rounds), or `null` if malformed. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 5; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return null;
}

const startsWithOneSlash = (path: string) => path.startsWith('/') && !path.startsWith('//');

/**
 * The value when it is a safe place to send the user back to after login, else `null`: a path
 * on this origin that starts with a single `/`. Rejected, also after percent-decoding (any number
 * of rounds): `//host` and `/\host` (protocol-relative), any scheme (`https:`, `javascript:`),
 * backslashes and control characters; raw whitespace too. Use it on a `returnTo` query parameter
 * before navigating to it.
 *
 * @example
 * safeReturnTo('/invoices?page=2') // '/invoices?page=2'
 * safeReturnTo('//evil.example') // null
 * safeReturnTo('/%2F%2Fevil.example') // null
 * navigate(safeReturnTo(params.get('returnTo')) ?? '/')
 */
export function safeReturnTo(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  if (!startsWithOneSlash(value) || forbidden.test(value)) return null;
  const decoded = fullyDecoded(value);
  if (decoded === null || !startsWithOneSlash(decoded) || forbiddenDecoded.test(decoded))
    return null;
  try {
    return new URL(value, returnToBase).origin === returnToBase &&
      new URL(decoded, returnToBase).origin === returnToBase
      ? value
      : null;
  } catch {
    return null;
  }
}

const withReturnToBase = 'https://with-return-to.invalid';

/**
 * `redirectTo` with `returnTo` added as the query parameter `param`, or `null` when `redirectTo`
 * is not a safe same-origin path. An unsafe `returnTo` is left out, never passed on.
 */
export function withReturnTo(
  redirectTo: string,
  returnTo: string | undefined,
  param: string,
): string | null {
  if (safeReturnTo(redirectTo) === null) return null;
  const safeReturn = safeReturnTo(returnTo);
  if (safeReturn === null) return redirectTo;
  const url = new URL(redirectTo, withReturnToBase);
  url.searchParams.set(param, safeReturn);
  return `${url.pathname}${url.search}${url.hash}`;
}
