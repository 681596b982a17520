/** A piece of rendered article HTML; `paragraph` is set on the piece that is exactly one paragraph. */
export interface HtmlPiece {
  html: string;
  paragraph?: string;
}

/**
 * Cuts rendered HTML around the paragraphs with the given ids, so components can be placed beside them.
 * Our paragraphs never nest another `<p>`, so each ends at the first `</p>` after its opening tag.
 */
export function splitAroundParagraphs(html: string, ids: readonly string[]): HtmlPiece[] {
  const cuts = ids
    .map((id) => {
      const start = html.indexOf(`<p id="${id}"`);
      const close = start < 0 ? -1 : html.indexOf('</p>', start);
      if (close < 0) throw new Error(`splitAroundParagraphs: paragraph "${id}" is not in the rendered article`);
      return { id, start, end: close + '</p>'.length };
    })
    .sort((a, b) => a.start - b.start);
  const pieces: HtmlPiece[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) throw new Error(`splitAroundParagraphs: paragraph "${cut.id}" is asked for twice`);
    if (cut.start > at) pieces.push({ html: html.slice(at, cut.start) });
    pieces.push({ html: html.slice(cut.start, cut.end), paragraph: cut.id });
    at = cut.end;
  }
  if (at < html.length) pieces.push({ html: html.slice(at) });
  return pieces;
}
