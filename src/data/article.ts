import { type CollectionEntry, getEntry } from 'astro:content';
import { ARTICLE_ID } from '../consts';

/** The checked article, as every page reads it: the one entry of the `article` collection (src/content.config.ts). */
export type Article = CollectionEntry<'article'>['data'];

/** Reads the checked article from the content layer; the loader has already stopped the build on any drift. */
export async function getArticle(): Promise<Article> {
  const entry = await getEntry('article', ARTICLE_ID);
  if (!entry) throw new Error(`the article collection has no entry "${ARTICLE_ID}": see src/content.config.ts`);
  return entry.data;
}
