import { SessionError } from './SessionError';

/**
 * One path segment for an id or a template name: percent-encoded, so `a/b`, `../x` or `?x=1`
 * stay inside their segment. `''`, `.` and `..` cannot be one segment at all (URL parsers
 * resolve dot segments, even percent-encoded ones), so they are refused before any request.
 */
export function pathSegment(value: string, name: string): string {
  if (value === '' || value === '.' || value === '..') {
    const message = `Invalid ${name}.`;
    throw new SessionError({ kind: 'validation', message, fields: { [name]: message } });
  }
  return encodeURIComponent(value);
}
