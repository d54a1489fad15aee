import { describe, expect, it } from 'vitest';
import { safeReturnTo } from '../../src/core/urls';

describe('safeReturnTo', () => {
  it.each([
    ['/'],
    ['/invoices'],
    ['/invoices?page=2#top'],
    ['/search?q=hello%20world'],
    ['/a/b/c'],
    ['/a//b'],
    ['/users/%C3%A9'],
  ])('keeps %j', (input) => {
    expect(safeReturnTo(input)).toBe(input);
  });

  it.each([
    ['//evil.example'],
    ['///evil.example'],
    ['/\\evil.example'],
    ['\\/evil.example'],
    ['\\\\evil.example'],
    ['https://evil.example'],
    ['HTTPS://evil.example/'],
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,x'],
    ['evil.example'],
    ['invoices'],
    ['./invoices'],
    ['?next=/x'],
    ['#/x'],
    [' /invoices'],
    ['/invoices '],
    ['\t//evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['/%2Fevil.example'],
    ['/%2F%2Fevil.example'],
    ['%2F%2Fevil.example'],
    ['/%5Cevil.example'],
    ['/%5cevil.example'],
    ['/%252F%252Fevil.example'],
    ['/%25252F%25252Fevil.example'],
    ['/%09/evil.example'],
    ['/%0a/evil.example'],
    ['/%00'],
    ['/%E0%A4%A'],
    ['/%'],
    [''],
    [null],
    [undefined],
    [42],
    [['/invoices']],
    ['/' + 'a'.repeat(3000)],
  ])('rejects %j', (input) => {
    expect(safeReturnTo(input)).toBeNull();
  });
});
