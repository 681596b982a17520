import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { rewritePages } from './built-pages.ts';

/*
 * Every script on these pages enhances what is already there (the contents list, copy links, charts drawn over their
 * tables), so none may hold back the first paint. Chromium fetches a module script at high priority and, when it
 * arrives before the page is painted, runs it first; Lighthouse counts such a script as render-blocking. Astro writes
 * its processed scripts as bare `<script type="module" src>` and takes no attribute on them, so the build marks them
 * here, each fetched at low priority. (The chunks an entry imports are still fetched at high priority: Chromium
 * ignores fetchpriority on `<link rel="modulepreload">`, measured, so no preload is added for them.)
 */

// Exactly the tag Astro writes for a processed script; any other form is left for the check below to name.
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/gu;

/**
 * A page with each processed module script fetched at low priority. Throws, naming the page, on a module script in a
 * form it does not know, so no script is silently left at high priority.
 */
export function lowerScriptPriority(html: string, page: string): string {
  const out = html.replace(MODULE_SCRIPT, (_tag, src: string) => `<script type="module" src="${src}" fetchpriority="low"></script>`);
  const left = [...out.matchAll(/<script\b[^>]*>/gu)].map(([tag]) => tag).filter((tag) => /\btype="module"/u.test(tag) && !/\bfetchpriority="low"/u.test(tag));
  if (left.length > 0) throw new Error(`script-priority: ${page} has a module script in a form it does not know: ${left.join(', ')}`);
  return out;
}

/** Marks every built page's module scripts as low priority (see above for why). */
export function scriptPriority(): AstroIntegration {
  return {
    name: 'script-priority',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const count = rewritePages(fileURLToPath(dir), (html, _page, file) => lowerScriptPriority(html, file));
        logger.info(`module scripts set to low fetch priority on ${count} pages`);
      },
    },
  };
}
