/** Whitespace (any Unicode space), C0/C1 control characters and backslashes: never in the raw value. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const forbiddenRaw = /[\s\u0000-\u001f\u007f-\u009f\\]/;
/** Control characters and backslashes: never in the decoded value (encoded spaces are fine). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const forbiddenDecoded = /[\u0000-\u001f\u007f-\u009f\\]/;
const base = 'https://return-to.invalid';

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
  if (!startsWithOneSlash(value) || forbiddenRaw.test(value)) return null;
  const decoded = fullyDecoded(value);
  if (decoded === null || !startsWithOneSlash(decoded) || forbiddenDecoded.test(decoded))
    return null;
  try {
    return new URL(value, base).origin === base && new URL(decoded, base).origin === base
      ? value
      : null;
  } catch {
    return null;
  }
}
