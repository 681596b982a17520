import { SITE_NAME } from '../consts';
import { ROUTES } from '../lib/site/routes';
import { shareCardOf } from '../lib/share/share-card';
import type { ShareCard } from '../lib/share/share-image';
import type { Article } from './article';

/** The site's share card (/og.png) for the checked article: its headline figure and the deals chart (src/lib/share/share-card.ts). */
export function shareCard({ headline, source, charts }: Article): ShareCard & { alt: string } {
  return shareCardOf({ siteName: SITE_NAME, headline, source, charts });
}

/** The site's card as a page's link preview names it: /og.png and its alt text. */
export const siteCard = (article: Article) => ({ route: ROUTES.shareImage, alt: shareCard(article).alt });
