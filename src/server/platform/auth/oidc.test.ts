import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './oidc.ts';

describe('safeReturnTo', () => {
  it.each([
    ['/citizens', '/citizens'],
    ['/citizens?q=a#top', '/citizens?q=a#top'],
    ['/a/../b', '/b'],
    ['/%0a', '/%0a'],
  ])('keeps the same-site path %s', (given, expected) => {
    expect(safeReturnTo(given)).toBe(expected);
  });

  it.each([
    undefined,
    null,
    '',
    'citizens',
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https://evil.example/x',
    'javascript:alert(1)',
    '/\t/evil.example',
  ])('answers / for %j', (given) => {
    expect(safeReturnTo(given)).toBe('/');
  });

  it('answers / for an over-long path', () => {
    expect(safeReturnTo(`/${'a'.repeat(2001)}`)).toBe('/');
  });
});
