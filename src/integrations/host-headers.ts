import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { builtPages } from './built-pages.ts';

/** A Content-Security-Policy as directive name -> sources, in the order they were first seen. */
export type Policy = Map<string, string[]>;

/**
 * What every page may load, before the hashes: only its own origin, no plugins, no framing, forms and the base URL
 * kept at home. Astro's per-page meta tags add the hashes of the inline scripts and styles they carry.
 */
export const BASE_POLICY = `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`;

/** The other headers every response gets. */
export const OTHER_HEADERS = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
} as const;

/** Parses a policy string ("a x y; b z") into its directives. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Writes a policy back as a header value. */
export function formatPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or undefined if it has none. */
export function metaPolicy(html: string): Policy | undefined {
  let found: string | undefined;
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy')
      found ??= String(node.properties.content);
  });
  return found === undefined ? undefined : parsePolicy(found);
}

/**
 * The base policy with every page's sources added, directive by directive. One `/*` rule must serve every page
 * (the 404 page answers any path), and a host joins two matching CSP headers into two policies that must both
 * allow a load, so the union goes in one header; each page's exact rule (pageRules) and meta tag narrow it to that
 * page's hashes.
 */
export function mergePolicies(base: Policy, pages: readonly Policy[]): Policy {
  const merged: Policy = new Map([...base].map(([name, sources]) => [name, [...sources]]));
  for (const page of pages) {
    for (const [name, sources] of page) {
      const into = merged.get(name) ?? [];
      for (const source of sources) if (!into.includes(source)) into.push(source);
      merged.set(name, into);
    }
  }
  return merged;
}

/** The `_headers` file that Netlify and Cloudflare Pages read: one rule for every path. */
export function headersFile(policy: Policy): string {
  const lines = Object.entries({ 'Content-Security-Policy': formatPolicy(policy), ...OTHER_HEADERS }).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Written by the build (src/integrations/host-headers.ts) from the CSP meta tag of every page, so hosts that read',
    '# this file enforce the same script and style hashes as the pages do. GitHub Pages ignores it; the meta tags apply everywhere.',
    '/*',
    ...lines,
    '',
  ].join('\n');
}

/** The pages other sites may frame: the embeds, and nothing else. */
export const FRAMEABLE = ['/embed/*'] as const;

const framed = (policy: Policy): Policy => new Map(policy).set('frame-ancestors', ['*']);

/**
 * The rule that lets other sites frame the embed pages: the same policy with `frame-ancestors *`. The `/*` header is
 * detached first (Cloudflare Pages' `! Name`), since a host sends both matching headers and a browser enforces both
 * policies, the stricter refusing the frame. Netlify does not document the detach line: the README says what to do there.
 */
export function framingRule(policy: Policy, paths: readonly string[] = FRAMEABLE): string {
  const open = framed(policy);
  return paths
    .flatMap((path) => [
      '',
      '# Embed pages are made to be framed by other sites, and only they are.',
      path,
      '  ! Content-Security-Policy',
      `  Content-Security-Policy: ${formatPolicy(open)}`,
    ])
    .join('\n')
    .concat('\n');
}

/**
 * The path a host serves a built page at (`figures/index.html` at `/figures/`), or undefined for the 404 page, which
 * answers every path no other page does and so has no path of its own. Throws, naming the file, on any other form.
 */
export function servedPath(file: string): string | undefined {
  if (file === '404.html') return undefined;
  if (file === 'index.html' || file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  throw new Error(`host-headers: ${file} is neither an index.html nor the 404 page, so the path a host serves it at is not known`);
}

/** A policy as served to a path: its `frame-ancestors` opened to any site on the pages made to be framed. */
export function servedPolicy(policy: Policy, path: string, frameable: readonly string[] = FRAMEABLE): Policy {
  return frameable.some((pattern) => path.startsWith(pattern.replace(/\*$/u, ''))) ? framed(policy) : policy;
}

/** One built page: the path a host serves it at and the policy its meta tag carries. */
export interface PagePolicy {
  path: string;
  policy: Policy;
}

/**
 * A rule for each page whose own policy is narrower than the one the rules above give its path: the `/*` policy (or
 * the embed one) detached, then the base policy with that page's hashes alone. Why: the union of every page's hashes
 * is hundreds of bytes of random base64, sent uncompressed with each page, and the article's document must fit in
 * TCP's first round trip (14,600 bytes, headers included) or its first paint waits one more round trip. A host that
 * ignores the detach line (Netlify) sends both policies, and a browser enforces both: their intersection is the page's own.
 */
export function pageRules(pages: readonly PagePolicy[], general: Policy): string {
  const base = parsePolicy(BASE_POLICY);
  const rules = pages.flatMap(({ path, policy }) => {
    const own = formatPolicy(servedPolicy(mergePolicies(base, [policy]), path));
    return own === formatPolicy(servedPolicy(general, path)) ? [] : [[path, '  ! Content-Security-Policy', `  Content-Security-Policy: ${own}`].join('\n')];
  });
  if (rules.length === 0) return '';
  const why = "# Each page at its exact path: only the hashes it carries, which keeps the article's first round trip for the page itself.";
  return `\n${why}\n${rules.join('\n\n')}\n`;
}

/** Cloudflare Pages' documented limits on a `_headers` file: rules in it, and characters on any one line. */
export const HOST_LIMITS = { rules: 100, lineLength: 2000 } as const;

/** Throws, naming what is over, when a `_headers` file is beyond what Cloudflare Pages reads; a host would drop the rest. */
export function checkHostLimits(file: string, limits: { rules: number; lineLength: number } = HOST_LIMITS): void {
  const lines = file.split('\n');
  const rules = lines.filter((line) => line !== '' && !line.startsWith('#') && !/^\s/u.test(line));
  if (rules.length > limits.rules)
    throw new Error(
      `host-headers: _headers has ${rules.length} rules, over the ${limits.rules} Cloudflare Pages reads: ${rules.slice(limits.rules).join(', ')} would be dropped`,
    );
  const long = lines.findIndex((line) => line.length > limits.lineLength);
  if (long !== -1)
    throw new Error(
      `host-headers: line ${long + 1} of _headers is ${lines[long]!.length} characters, over the ${limits.lineLength} Cloudflare Pages reads: ${lines[long]!.slice(0, 60)}…`,
    );
}

/** Writes `_headers` into the build after the pages are written, from the policies they carry. */
export function hostHeaders(): AstroIntegration {
  return {
    name: 'host-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = builtPages(out).map((file) => {
          const policy = metaPolicy(readFileSync(join(out, file), 'utf8'));
          if (!policy) throw new Error(`${file} has no CSP meta tag: is security.csp still on in astro.config.mjs?`);
          return { path: servedPath(file), policy };
        });
        // Every path any page answers gets the union: the 404 page at any path, and a page reached by a spelling its
        // exact rule does not match (/figures, /figures/index.html on a host that does not redirect them).
        const general = mergePolicies(
          parsePolicy(BASE_POLICY),
          pages.map(({ policy }) => policy),
        );
        const own = pages.flatMap(({ path, policy }) => (path === undefined ? [] : [{ path, policy }]));
        const file = `${headersFile(general)}${framingRule(general)}${pageRules(own, general)}`;
        checkHostLimits(file);
        writeFileSync(join(out, '_headers'), file);
        logger.info(`_headers written from the CSP of ${pages.length} pages`);
      },
    },
  };
}
