import { describe, expect, test } from 'vitest';
import { basePath, LOCAL_ORIGIN, siteOrigin } from '../../../src/lib/site/deploy-target';

describe('siteOrigin', () => {
  test.each([
    { value: undefined, origin: LOCAL_ORIGIN },
    { value: '  ', origin: LOCAL_ORIGIN },
    { value: 'https://example.org', origin: 'https://example.org' },
    { value: 'https://example.org/', origin: 'https://example.org' },
    { value: 'http://127.0.0.1:8080', origin: 'http://127.0.0.1:8080' },
  ])('reads $value as $origin', ({ value, origin }) => {
    expect(siteOrigin(value)).toBe(origin);
  });

  test.each([
    { value: 'example.org', error: /is not an absolute URL/ },
    { value: 'ftp://example.org', error: /must be http or https/ },
    { value: 'https://example.org/arms-report', error: /put "\/arms-report" in BASE_PATH/ },
    { value: 'https://example.org/?x=1', error: /must be an origin only/ },
  ])('refuses $value by name', ({ value, error }) => {
    expect(() => siteOrigin(value)).toThrow(error);
  });
});

describe('basePath', () => {
  test.each([
    { value: undefined, base: '/' },
    { value: '', base: '/' },
    { value: '/', base: '/' },
    { value: 'arms-report', base: '/arms-report' },
    { value: '/arms-report/', base: '/arms-report' },
    { value: '//a//b/', base: '/a/b' },
    { value: '/.well-known', base: '/.well-known' },
    { value: '/report.2013.', base: '/report.2013.' },
  ])('normalises $value to $base', ({ value, base }) => {
    expect(basePath(value)).toBe(base);
  });

  test.each(['/a b', '/../x', '/a/./b', '/a/...', '/a?b'])('refuses the unsafe base path %s', (value) => {
    expect(() => basePath(value)).toThrow(/unsafe segment/);
  });
});
