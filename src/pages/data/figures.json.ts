import { paragraphId } from '../../lib/site/routes';
import type { APIRoute } from 'astro';
import { getArticle } from '../../data/article';
import { figureRecord } from '../../lib/share/figure-records';

/** Every figure, claim and dated event, checked against the article, as JSON. */
export const GET: APIRoute = async () => {
  const { source, ledger } = await getArticle();
  const body = {
    source: { outlet: source.outlet, publisher: source.publisher, url: source.url },
    figures: ledger.figures.map(figureRecord),
    claims: ledger.claims.map(({ location, ...claim }) => ({ ...claim, paragraph: paragraphId(location.paragraph), sentence: location.sentence })),
    events: ledger.events.map(({ location, ...event }) => ({ ...event, paragraph: paragraphId(location.paragraph) })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
