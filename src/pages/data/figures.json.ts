import type { APIRoute } from 'astro';
import { loadArticle } from '../../data/article';
import { figureRecord } from '../../lib/share/figure-records';

/** Every figure, claim and dated event, checked against the article, as JSON. */
export const GET: APIRoute = async () => {
  const { data, ledger } = await loadArticle();
  const body = {
    source: { outlet: data.source.outlet, publisher: data.source.publisher, url: data.source.url },
    figures: ledger.figures.map(figureRecord),
    claims: ledger.claims.map(({ location, ...claim }) => ({ ...claim, paragraph: `p-${location.paragraph}`, sentence: location.sentence })),
    events: ledger.events.map(({ location, ...event }) => ({ ...event, paragraph: `p-${location.paragraph}` })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
