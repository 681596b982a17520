import { chartHeight } from '../charts/chart-config';
import type { ChartSpec } from '../figures/chart-model';

/**
 * Room an embedded chart needs around its drawing, in CSS pixels: its title and takeaway over four lines each and
 * its source line over two at a phone's width, with the figure's padding. tests/browser/embeds.test.ts checks that
 * every embed's content fits its frame at 360 and 1280 px.
 */
const EMBED_FRAME = 300;

/** The height of a chart's embed frame: the chart as drawn on the page, plus its words. */
export const embedHeight = (spec: ChartSpec) => chartHeight(spec) + EMBED_FRAME;

const attribute = (value: string) => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** The HTML another site pastes to embed a chart: an iframe of its embed page, named by the chart's title and as tall as its content. */
export function embedCode({ url, title, height }: { url: string; title: string; height: number }): string {
  return `<iframe src="${attribute(url)}" title="${attribute(`Chart: ${title}`)}" width="100%" height="${Math.ceil(height)}" style="border:0" loading="lazy"></iframe>`;
}
