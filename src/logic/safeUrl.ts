/** Whitespace (any Unicode space), C0/C1 control characters and backslashes: never in a URL we link. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const forbiddenCharacters = /[\s\u0000-\u001f\u007f-\u009f\\]/;
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
  if (forbiddenCharacters.test(value)) return null;
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
