// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { pageCsp } from './src/integrations/page-csp.ts';
import { scriptPriority } from './src/integrations/script-priority.ts';
import { siteOrigin, basePath } from './src/lib/site/deploy-target.ts';

// SITE_URL and BASE_PATH decide where the same build is served: a domain root locally, a sub-path on Pages.
const base = basePath(process.env.BASE_PATH);

export default defineConfig({
  output: 'static',
  site: siteOrigin(process.env.SITE_URL),
  base,
  trailingSlash: 'ignore',
  // Every page's CSS goes inline, so nothing blocks the first paint; the CSP allows each <style> by its hash.
  build: { inlineStylesheets: 'always' },
  // Scripts too: a small one would otherwise be inlined and need its own hash in every host's CSP.
  vite: { build: { assetsInlineLimit: 0 } },
  // Astro hashes each page's scripts and styles into a CSP meta tag: no 'unsafe-inline' anywhere.
  security: { csp: true },
  // The article does not go through Astro's Markdown pipeline: src/content.config.ts parses and checks it once, and
  // the components set it by structure, so no remark or rehype plugin is configured here.
  // The 404 page is for lost readers, not for search engines; share and embed pages are ways into the article, not
  // pages of their own to list. Every page's scripts are then marked low priority, so none holds back the first
  // paint (src/integrations/script-priority.ts). Each page's CSP meta is then cut to the hashes it carries
  // (src/integrations/page-csp.ts), and _headers is written last, from those narrowed CSPs.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') && !/\/(share|embed)\//u.test(page) }), scriptPriority(), pageCsp(), hostHeaders()],
});
