import { describe, expect, it } from 'vitest';
import { initials, isHexColor, svgDataUrl } from '../../src/components/avatar';
import { preferredAccount } from '../../src/core/schemas/accountChoices';
import { withReturnTo } from '../../src/core/urls';

describe('initials', () => {
  it.each([
    ['Sam Single', 'SS'],
    ['  ada   lovelace  ', 'AL'],
    ['Jean-Luc Picard', 'JP'],
    ['Cher', 'C'],
    ['morgan.multi@example.test', 'MT'],
    ['Émile Zola', 'ÉZ'],
    ['<script>alert(1)</script>', 'S'],
    ['(Dr.) Who?', 'DW'],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});

describe('isHexColor', () => {
  it.each(['#fff', '#FFFF', '#1f6feb', '#1F6FEB80'])('accepts %j', (value) => {
    expect(isHexColor(value)).toBe(true);
  });
  it.each([
    'fff',
    '#ff',
    '#fffff',
    '#fffffff',
    '#ggg',
    'red',
    'rgb(0,0,0)',
    '#fff;background:url(x)',
    ' #fff',
    null,
    3,
  ])('rejects %j', (value) => {
    expect(isHexColor(value)).toBe(false);
  });
});

describe('svgDataUrl', () => {
  it('encodes an SVG into an image data URL', () => {
    expect(svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>')).toBe(
      'data:image/svg+xml;charset=utf-8,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%3E%3Cscript%3Ex%3C%2Fscript%3E%3C%2Fsvg%3E',
    );
  });
  it.each([
    [''],
    ['not an svg'],
    ['<svgx>'],
    [null],
    [undefined],
    [`<svg>${'a'.repeat(100_001)}</svg>`],
  ])('rejects %j', (value) => {
    expect(svgDataUrl(value)).toBeNull();
  });
});

describe('withReturnTo', () => {
  it.each([
    ['/login', '/reports', 'returnTo', '/login?returnTo=%2Freports'],
    ['/login?x=1#top', '/a?b=c', 'next', '/login?x=1&next=%2Fa%3Fb%3Dc#top'],
    ['/login', undefined, 'returnTo', '/login'],
    ['/login', '//evil.example', 'returnTo', '/login'],
    ['/login', 'https://evil.example', 'returnTo', '/login'],
    ['https://evil.example/login', '/reports', 'returnTo', null],
    ['//evil.example', '/reports', 'returnTo', null],
    ['javascript:alert(1)', '/reports', 'returnTo', null],
  ])('%j + %j (%s) → %j', (redirectTo, returnTo, param, expected) => {
    expect(withReturnTo(redirectTo, returnTo, param)).toBe(expected);
  });
});

describe('preferredAccount', () => {
  const accounts = [
    { id: 'a', title: 'A' },
    { id: 'b', title: 'B' },
  ];
  it.each([
    [{ accounts, lastLogin: 'b' }, 'b'],
    [{ accounts, lastLogin: 'gone' }, 'a'],
    [{ accounts, lastLogin: null }, 'a'],
    [{ accounts: [], lastLogin: 'b' }, null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (choices, expected) => {
    expect(preferredAccount(choices)).toBe(expected);
  });
});
