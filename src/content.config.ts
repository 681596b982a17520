import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatter } from './lib/article/frontmatter';

/** The article as this site publishes it: our headline and headings over the source's verbatim paragraphs. */
const article = defineCollection({
  loader: glob({ pattern: 'article.md', base: './content' }),
  schema: articleFrontmatter,
});

export const collections = { article };
