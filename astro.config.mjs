// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import { figureMarks } from './src/data/figure-marks.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { rehypeFigureMarks } from './src/lib/markdown/rehype-figure-marks.ts';
import { rehypeParagraphIds } from './src/lib/markdown/rehype-paragraph-ids.ts';
import { rehypeSectionLinks } from './src/lib/markdown/rehype-section-links.ts';
import { rehypeSections } from './src/lib/markdown/rehype-sections.ts';
import { siteOrigin, basePath } from './src/lib/site/deploy-target.ts';
import { pathWithBase, shareRoute } from './src/lib/site/routes.ts';

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
  // The 404 page is for lost readers, not for search engines; share and embed pages are ways into the article, not
  // pages of their own to list. _headers is written last, from the built pages' CSPs.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') && !/\/(share|embed)\//u.test(page) }), hostHeaders()],
  markdown: {
    // The article has no code: no highlighter, whose inline styles a strict CSP would refuse.
    syntaxHighlight: false,
    processor: unified({
      // The paragraphs are the source's words: no typographic rewriting of quotes or dashes.
      smartypants: false,
      rehypePlugins: [
        rehypeSlug,
        rehypeParagraphIds,
        [rehypeFigureMarks, { marks: figureMarks(base) }],
        rehypeSections,
        [rehypeSectionLinks, { share: (/** @type {string} */ id) => pathWithBase(base, shareRoute(id)) }],
      ],
    }),
  },
});
