import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { ABOUT_SECTION, ARTICLE_ID, KEY_FIGURES_SECTION, TIMELINE_SECTION } from './consts';
import { charts } from './data/charts';
import { ledgerInput } from './data/figures';
import { articleFrontmatter } from './lib/article/frontmatter';
import { type PublishedArticle, publishArticle } from './lib/article/published-article';

// What the check adds to the frontmatter: typed by src/lib, where it is made and tested, not written twice here.
const checked = <K extends keyof PublishedArticle>() => z.custom<PublishedArticle[K]>();

/** The article entry: our frontmatter, and everything checked against the source and the ledger. */
const schema = articleFrontmatter.extend({
  sections: checked<'sections'>(),
  contents: checked<'contents'>(),
  report: checked<'report'>(),
  ledger: checked<'ledger'>(),
  charts: checked<'charts'>(),
  timeline: checked<'timeline'>(),
});

/**
 * Reads content/article.md, its source and src/data (figures.ts, charts.ts), runs every check once and stores the
 * one checked entry the pages are built from; any drift stops the build here, naming the file, line or figure.
 */
function checkedArticleLoader(): Loader {
  let watching = false;
  return {
    name: 'checked-article',
    load: async function load(context) {
      const { config, store, parseData, generateDigest, watcher } = context;
      const content = new URL('content/', config.root);
      const file = `${ARTICLE_ID}.md`;
      const read = (name: string) =>
        readFile(new URL(name, content), 'utf8').catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
          throw new Error(`content/${name} is not there: the article's frontmatter names a file that does not exist`);
        });
      const raw = await read(file);
      const { frontmatter, content: body } = parseFrontmatter(raw);
      // Checked here first, to name the file; parseData below checks it again as the entry's schema, and coerces it.
      const front = articleFrontmatter.safeParse(frontmatter);
      if (!front.success) throw new Error(`content/${file}: its frontmatter is not what the site needs:\n${z.prettifyError(front.error)}`);
      const { source: from, headingAliases } = front.data;
      const source = await read(from.file);
      const published = publishArticle(
        { file, raw, body, sourceFile: from.file, source },
        { declared: ledgerInput, charts, aliases: headingAliases, own: { before: [KEY_FIGURES_SECTION, ABOUT_SECTION], after: [TIMELINE_SECTION] } },
      );
      const data = await parseData({ id: ARTICLE_ID, data: { ...frontmatter, ...published } });
      store.clear();
      store.set({ id: ARTICLE_ID, data, digest: generateDigest(JSON.stringify({ raw, source, published })), filePath: `content/${file}` });
      // In dev, an edit to the article or its source is checked again at once.
      const watched = [fileURLToPath(new URL(file, content)), fileURLToPath(new URL(from.file, content))];
      if (watcher && !watching) {
        watching = true;
        watcher.add(watched);
        watcher.on('change', (changed) => {
          // A drift found in dev is said in the dev server's log, as the build would say it, and the last good entry stays.
          if (watched.includes(changed)) load(context).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
        });
      }
    },
  };
}

/** The article as this site publishes it, checked: our headline and headings over the source's verbatim paragraphs. */
const article = defineCollection({ loader: checkedArticleLoader(), schema });

export const collections = { article };
