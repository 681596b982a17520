import { SITE_NAME } from '../consts';
import { shareCardOf } from '../lib/share/share-card';
import type { ShareCard } from '../lib/share/share-image';
import { article } from './article';

/** The share card's content for this article: its headline figure and the deals chart (src/lib/share/share-card.ts). */
export async function shareCard(): Promise<ShareCard & { alt: string }> {
  const { data, charts } = article;
  return shareCardOf({ siteName: SITE_NAME, headline: data.headline, source: data.source, charts });
}
