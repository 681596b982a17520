import { describe, expect, test } from 'vitest';
import { BASE_POLICY, formatPolicy, framingRule, headersFile, mergePolicies, metaPolicy, parsePolicy } from '../../../src/integrations/host-headers';

describe('host headers from the pages’ CSPs', () => {
  test('a policy reads into directives and writes back the same', () => {
    const text = "script-src 'self' 'sha256-a='; style-src 'self'";
    expect([...parsePolicy(text)]).toEqual([
      ['script-src', ["'self'", "'sha256-a='"]],
      ['style-src', ["'self'"]],
    ]);
    expect(formatPolicy(parsePolicy(`${text};`))).toBe(text);
  });

  test('a page’s meta policy is found in its HTML; a page without one has none', () => {
    const html = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="style-src 'self' 'sha256-x=';"></head></html>`;
    expect(formatPolicy(metaPolicy(html)!)).toBe("style-src 'self' 'sha256-x='");
    expect(metaPolicy('<!doctype html><title>t</title>')).toBeUndefined();
  });

  test('merging adds every page’s sources once, in the order first seen, and leaves the base as it was', () => {
    const base = parsePolicy("default-src 'self'; style-src 'self'");
    const merged = mergePolicies(base, [parsePolicy("style-src 'self' 'sha256-a='"), parsePolicy("style-src 'sha256-b=' 'sha256-a='; script-src 'sha256-c='")]);
    expect(formatPolicy(merged)).toBe("default-src 'self'; style-src 'self' 'sha256-a=' 'sha256-b='; script-src 'sha256-c='");
    expect(formatPolicy(base)).toBe("default-src 'self'; style-src 'self'");
  });

  test('the file has one rule for every path with the CSP and the other headers, none of them unsafe', () => {
    const file = headersFile(parsePolicy(BASE_POLICY));
    const rules = file.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    expect(rules[0]).toBe('/*');
    expect(rules.slice(1).map((line) => line.split(':')[0]!.trim())).toEqual([
      'Content-Security-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'Permissions-Policy',
    ]);
    expect(rules.every((line, i) => i === 0 || line.startsWith('  '))).toBe(true);
    expect(file).not.toContain('unsafe');
  });

  test('the embed pages get a rule of their own: the /* policy detached, then the same policy with any site allowed to frame them', () => {
    const policy = parsePolicy("default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors 'none'");
    const rule = framingRule(policy)
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(rule).toEqual([
      '/embed/*',
      '  ! Content-Security-Policy',
      "  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors *",
    ]);
    // The policy the other pages get is left as it was.
    expect(formatPolicy(policy)).toContain("frame-ancestors 'none'");
  });
});
