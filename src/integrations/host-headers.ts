import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

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
 * allow a load, so the union goes in one header; each page's own meta tag still narrows it to that page's hashes.
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

/**
 * The rule that lets other sites frame the embed pages: the same policy with `frame-ancestors *`. The `/*` header is
 * detached first (Cloudflare Pages' `! Name`), since a host sends both matching headers and a browser enforces both
 * policies, the stricter refusing the frame. Netlify does not document the detach line: the README says what to do there.
 */
export function framingRule(policy: Policy, paths: readonly string[] = FRAMEABLE): string {
  const open: Policy = new Map(policy);
  open.set('frame-ancestors', ['*']);
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

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/** Writes `_headers` into the build after the pages are written, from the policies they carry. */
export function hostHeaders(): AstroIntegration {
  return {
    name: 'host-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = htmlFiles(out).map((file) => {
          const policy = metaPolicy(readFileSync(file, 'utf8'));
          if (!policy) throw new Error(`${file} has no CSP meta tag: is security.csp still on in astro.config.mjs?`);
          return policy;
        });
        const policy = mergePolicies(parsePolicy(BASE_POLICY), pages);
        writeFileSync(join(out, '_headers'), `${headersFile(policy)}${framingRule(policy)}`);
        logger.info(`_headers written from the CSP of ${pages.length} pages`);
      },
    },
  };
}
