// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import rehypeSlug from 'rehype-slug';
import { figureMarks } from './src/data/figure-marks.ts';
import { rehypeFigureMarks } from './src/lib/rehype-figure-marks.ts';
import { rehypeParagraphIds } from './src/lib/rehype-paragraph-ids.ts';
import { rehypeSectionLinks } from './src/lib/rehype-section-links.ts';
import { rehypeSections } from './src/lib/rehype-sections.ts';
import { siteOrigin, basePath } from './src/lib/deploy-target.ts';

// SITE_URL and BASE_PATH decide where the same build is served: a domain root locally, a sub-path on Pages.
const base = basePath(process.env.BASE_PATH);

export default defineConfig({
  output: 'static',
  site: siteOrigin(process.env.SITE_URL),
  base,
  trailingSlash: 'ignore',
  // The 404 page is for lost readers, not for search engines.
  integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') })],
  markdown: {
    processor: unified({
      // The paragraphs are the source's words: no typographic rewriting of quotes or dashes.
      smartypants: false,
      rehypePlugins: [
        rehypeSlug,
        rehypeParagraphIds,
        [rehypeFigureMarks, { marks: figureMarks(base) }],
        rehypeSections,
        rehypeSectionLinks,
      ],
    }),
  },
});
