import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import {
  BASE_POLICY,
  checkHostLimits,
  formatPolicy,
  framingRule,
  headersFile,
  HOST_LIMITS,
  hostHeaders,
  mergePolicies,
  metaPolicy,
  pageRules,
  parsePolicy,
  servedPath,
  servedPolicy,
} from '../../../src/integrations/host-headers';

const page = (policy: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head></html>`;

// Runs the integration's hook on a made-up build: `files` are written below a fresh folder, then `_headers` is read back.
function buildDone(files: Record<string, string>): { headers: string; logged: string[] } {
  const out = mkdtempSync(join(tmpdir(), 'host-headers-'));
  try {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), text);
    }
    const logged: string[] = [];
    const hook = hostHeaders().hooks['astro:build:done']!;
    type Options = Parameters<typeof hook>[0];
    void hook({ dir: pathToFileURL(`${out}/`), logger: { info: (line: string) => logged.push(line) } } as unknown as Options);
    return { headers: readFileSync(join(out, '_headers'), 'utf8'), logged };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('host headers from the pages’ CSPs', () => {
  test('every page may load from its own origin only: no plugins, no framing, forms and the base URL kept at home', () => {
    expect([...parsePolicy(BASE_POLICY)]).toEqual([
      ['default-src', ["'self'"]],
      ['script-src', ["'self'"]],
      ['style-src', ["'self'"]],
      ['img-src', ["'self'"]],
      ['font-src', ["'self'"]],
      ['connect-src', ["'self'"]],
      ['object-src', ["'none'"]],
      ['base-uri', ["'self'"]],
      ['form-action', ["'self'"]],
      ['frame-ancestors', ["'none'"]],
    ]);
  });

  test('a policy split by runs of spaces, tabs or line breaks reads the same as one split by single spaces', () => {
    expect([...parsePolicy("  Script-Src   'self'\t'sha256-a=' \n;style-src\n\t'self'  ;;")]).toEqual([
      ['script-src', ["'self'", "'sha256-a='"]],
      ['style-src', ["'self'"]],
    ]);
  });

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

  test('only a meta element whose http-equiv is the CSP counts: other meta tags and other elements are passed over', () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
      <meta http-equiv="Content-Security-Policy" content="script-src 'sha256-right='"></head>
      <body><div http-equiv="content-security-policy" content="script-src 'sha256-wrong='"></div></body></html>`;
    expect(formatPolicy(metaPolicy(html)!)).toBe("script-src 'sha256-right='");
    const elsewhere = `<!doctype html><html><head><meta name="viewport" content="width=device-width"></head>
      <body><div http-equiv="content-security-policy" content="script-src 'sha256-wrong='"></div></body></html>`;
    expect(metaPolicy(elsewhere)).toBeUndefined();
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

  test('the file says what wrote it, then gives every path the policy and the other headers, ending in a line break', () => {
    expect(headersFile(parsePolicy("default-src 'self'; script-src 'sha256-a='"))).toBe(
      [
        '# Written by the build (src/integrations/host-headers.ts) from the CSP meta tag of every page, so hosts that read',
        '# this file enforce the same script and style hashes as the pages do. GitHub Pages ignores it; the meta tags apply everywhere.',
        '/*',
        "  Content-Security-Policy: default-src 'self'; script-src 'sha256-a='",
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  X-Content-Type-Options: nosniff',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        '',
      ].join('\n'),
    );
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

  test('the embed rule is set off by a blank line, says why, and ends in a line break', () => {
    expect(framingRule(parsePolicy("default-src 'self'; frame-ancestors 'none'"))).toBe(
      [
        '',
        '# Embed pages are made to be framed by other sites, and only they are.',
        '/embed/*',
        '  ! Content-Security-Policy',
        "  Content-Security-Policy: default-src 'self'; frame-ancestors *",
        '',
      ].join('\n'),
    );
  });
});

describe('a rule for each page, with only its own hashes', () => {
  test.each([
    ['index.html', '/'],
    ['figures/index.html', '/figures/'],
    ['share/timeline/index.html', '/share/timeline/'],
    ['embed/chart-deals/index.html', '/embed/chart-deals/'],
  ])('the page built at %s is served at %s', (file, path) => {
    expect(servedPath(file)).toBe(path);
  });

  test('the 404 page has no path of its own: it answers every path no other page does', () => {
    expect(servedPath('404.html')).toBeUndefined();
  });

  test.each(['about.html', 'share/404.html', 'xindex.html', 'figures/index.htm'])(
    'a page built at %s, not an index.html, stops the build naming it',
    (file) => {
      expect(() => servedPath(file)).toThrow(`host-headers: ${file} is neither an index.html nor the 404 page, so the path a host serves it at is not known`);
    },
  );

  test.each([
    ['/embed/chart-deals/', '*'],
    ['/embed/', '*'],
    ['/', "'none'"],
    ['/embedded/', "'none'"],
    ['/embed', "'none'"],
    ['/share/embed/chart-deals/', "'none'"],
  ])('a policy served at %s lets frame it: %s', (path, ancestors) => {
    const policy = parsePolicy("default-src 'self'; frame-ancestors 'none'");
    expect(formatPolicy(servedPolicy(policy, path))).toBe(`default-src 'self'; frame-ancestors ${ancestors}`);
    // The policy it was given is left as it was.
    expect(formatPolicy(policy)).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  test('a path under any one of several frameable folders is framed; one under none of them is not', () => {
    const policy = parsePolicy("frame-ancestors 'none'");
    expect(formatPolicy(servedPolicy(policy, '/b/x/', ['/a/*', '/b/*']))).toBe('frame-ancestors *');
    expect(formatPolicy(servedPolicy(policy, '/c/x/', ['/a/*', '/b/*']))).toBe("frame-ancestors 'none'");
  });

  const BASE_AFTER_HASHES = "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

  test('each page whose policy is narrower gets its exact path, the /* policy detached and its own set, framed only on embeds', () => {
    const article = parsePolicy("script-src 'self'; style-src 'self' 'sha256-article='");
    const embed = parsePolicy("script-src 'self' 'sha256-theme='; style-src 'self' 'sha256-embed='");
    const general = mergePolicies(parsePolicy(BASE_POLICY), [article, embed]);
    expect(
      pageRules(
        [
          { path: '/', policy: article },
          { path: '/embed/chart-deals/', policy: embed },
        ],
        general,
      ),
    ).toBe(
      [
        '',
        "# Each page at its exact path: only the hashes it carries, which keeps the article's first round trip for the page itself.",
        '/',
        '  ! Content-Security-Policy',
        `  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'sha256-article='; ${BASE_AFTER_HASHES}; frame-ancestors 'none'`,
        '',
        '/embed/chart-deals/',
        '  ! Content-Security-Policy',
        `  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-theme='; style-src 'self' 'sha256-embed='; ${BASE_AFTER_HASHES}; frame-ancestors *`,
        '',
      ].join('\n'),
    );
  });

  test('a page whose policy is already the one its path gets needs no rule; with none, nothing is written', () => {
    const only = parsePolicy("style-src 'self' 'sha256-a='");
    const general = mergePolicies(parsePolicy(BASE_POLICY), [only]);
    expect(pageRules([{ path: '/', policy: only }], general)).toBe('');
    expect(pageRules([{ path: '/embed/a/', policy: only }], general)).toBe('');
    expect(pageRules([], general)).toBe('');
    // One page narrower than the rest still gets its rule.
    expect(pageRules([{ path: '/b/', policy: parsePolicy("style-src 'self'") }], general)).toContain(
      "/b/\n  ! Content-Security-Policy\n  Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'; ",
    );
  });

  test('Cloudflare Pages’ documented limits: 100 rules, 2,000 characters a line', () => {
    expect(HOST_LIMITS).toEqual({ rules: 100, lineLength: 2000 });
  });

  const rules = (count: number) => Array.from({ length: count }, (_, i) => `# rule ${i}\n/p${i}/\n  ! X-A\n  X-A: b\n`).join('\n');

  test('a file of 100 rules, comments and header lines not counted, with a line of 2,000 characters, is within the limits', () => {
    expect(() => checkHostLimits(`${rules(100)}/long\n  X-A: ${'a'.repeat(2000 - '  X-A: '.length)}\n`.replace(/\/p99\/\n/u, ''))).not.toThrow();
    expect(() => checkHostLimits(rules(100))).not.toThrow();
  });

  test('a file of 101 rules stops the build, naming the rule a host would drop', () => {
    expect(() => checkHostLimits(rules(101))).toThrow('host-headers: _headers has 101 rules, over the 100 Cloudflare Pages reads: /p100/ would be dropped');
    expect(() => checkHostLimits(rules(102))).toThrow('_headers has 102 rules, over the 100 Cloudflare Pages reads: /p100/, /p101/ would be dropped');
  });

  test('a line of 2,001 characters stops the build, naming its line and how it starts', () => {
    const file = `/*\n  X-A: b\n  X-Long: ${'a'.repeat(2001 - '  X-Long: '.length)}\n`;
    expect(() => checkHostLimits(file)).toThrow(
      `host-headers: line 3 of _headers is 2001 characters, over the 2000 Cloudflare Pages reads: ${`  X-Long: ${'a'.repeat(50)}`}…`,
    );
  });

  test('the limits can be given, so a smaller host’s are checked the same way', () => {
    expect(() => checkHostLimits('/a\n  X: 1\n/b\n  X: 2\n', { rules: 1, lineLength: 2000 })).toThrow(
      '_headers has 2 rules, over the 1 Cloudflare Pages reads: /b would be dropped',
    );
    expect(() => checkHostLimits('/a\n  X: 12\n', { rules: 1, lineLength: 6 })).toThrow('line 2 of _headers is 7 characters, over the 6');
  });
});

describe('the host-headers integration', () => {
  test('after the build it writes _headers from the CSP of every page, in nested folders too, ordered by path whatever order the disk lists them', () => {
    const { headers, logged } = buildDone({
      'zz/index.html': page("script-src 'self' 'sha256-z='"),
      'a/index.html': page("script-src 'self' 'sha256-a='; style-src 'sha256-s='"),
      'embed/chart/index.html': page("script-src 'sha256-e='"),
      '404.html': page("style-src 'self' 'sha256-404='"),
      // Not pages: their words are never read as a policy.
      'style.css': 'body { color: red }',
      'robots.txt': 'User-agent: *',
    });
    const rest = "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    const policy = `default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-e=' 'sha256-z='; style-src 'self' 'sha256-404=' 'sha256-s='; ${rest}; frame-ancestors 'none'`;
    const framed = policy.replace("frame-ancestors 'none'", 'frame-ancestors *');
    expect(headers.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
      '/*',
      `  Content-Security-Policy: ${policy}`,
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  X-Content-Type-Options: nosniff',
      '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=()',
      '',
      '/embed/*',
      '  ! Content-Security-Policy',
      `  Content-Security-Policy: ${framed}`,
      '',
      // The 404 page has no path of its own: it answers under /*, which allows it.
      '/a/',
      '  ! Content-Security-Policy',
      `  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-s='; ${rest}; frame-ancestors 'none'`,
      '',
      '/embed/chart/',
      '  ! Content-Security-Policy',
      `  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-e='; style-src 'self'; ${rest}; frame-ancestors *`,
      '',
      '/zz/',
      '  ! Content-Security-Policy',
      `  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-z='; style-src 'self'; ${rest}; frame-ancestors 'none'`,
      '',
    ]);
    expect(logged).toEqual(['_headers written from the CSP of 4 pages']);
  });

  test('a page at a path no host can be told stops the build, naming its file', () => {
    expect(() => buildDone({ 'index.html': page("script-src 'self'"), 'about.html': page("script-src 'self'") })).toThrow(
      'host-headers: about.html is neither an index.html nor the 404 page',
    );
  });

  test('more pages than Cloudflare Pages has rules for stop the build, rather than a host dropping the last ones', () => {
    const files = Object.fromEntries(Array.from({ length: 99 }, (_, i) => [`p${String(i).padStart(2, '0')}/index.html`, page(`style-src 'sha256-${i}='`)]));
    // 99 pages, each narrower than the union, make 99 rules after /* and /embed/*: one too many.
    expect(() => buildDone(files)).toThrow('host-headers: _headers has 101 rules, over the 100 Cloudflare Pages reads: /p98/ would be dropped');
    delete files['p98/index.html'];
    expect(() => buildDone(files)).not.toThrow();
  });

  test('a page without a CSP meta tag stops the build, naming its file', () => {
    expect(() => buildDone({ 'index.html': page("script-src 'self'"), 'lost/index.html': '<!doctype html><title>No policy</title>' })).toThrow(
      /^lost\/index\.html has no CSP meta tag: is security\.csp still on in astro\.config\.mjs\?/u,
    );
  });

  test('is named host-headers in the build’s log', () => {
    expect(hostHeaders().name).toBe('host-headers');
  });
});
