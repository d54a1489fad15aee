import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../src/core/urls';

describe('safeUrl', () => {
  it.each([
    ['https://example.com', 'https://example.com'],
    ['https://example.com/reset?x=1#y', 'https://example.com/reset?x=1#y'],
    ['http://example.com/signup', 'http://example.com/signup'],
    ['HTTPS://EXAMPLE.COM/', 'HTTPS://EXAMPLE.COM/'],
    ['/account-payment-methods', '/account-payment-methods'],
    ['/', '/'],
    ['/a/b?c=%2F%2Fd', '/a/b?c=%2F%2Fd'],
  ])('keeps %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    [' javascript:alert(1)'],
    ['\tjavascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['java\u0000script:alert(1)'],
    ['\u0001javascript:alert(1)'],
    ['javascript&colon;alert(1)'],
    ['vbscript:msgbox(1)'],
    ['VBScript:msgbox(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['data:image/svg+xml,<svg onload=alert(1)>'],
    ['file:///etc/passwd'],
    ['ftp://example.com'],
    ['mailto:someone@example.com'],
    ['//evil.example'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['https://example.com/a b'],
    ['https://example.com/\u2028'],
    ['/path\u00a0'],
    ['https:evil.example'],
    ['https://'],
    ['http:/example.com'],
    ['relative/path'],
    ['./relative'],
    ['?query'],
    ['#fragment'],
    [''],
    [' '],
    [null],
    [undefined],
    [42],
    [{ toString: () => 'https://example.com' }],
    ['https://example.com/' + 'a'.repeat(3000)],
  ])('rejects %j', (input) => {
    expect(safeUrl(input)).toBeNull();
  });
});
