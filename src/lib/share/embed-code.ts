import { chartHeight } from '../charts/chart-config';
import type { ChartSpec } from '../figures/chart-model';
import { EMBED_HEIGHT_MESSAGE } from './embed-message';

/**
 * Room an embedded chart needs around its drawing, in CSS pixels, when the host keeps the frame's fixed height (the
 * code pasted without its script): its title and takeaway, its source line and the figure's padding. Measured in
 * Chromium in DejaVu Sans (wider than most readers' system fonts), the words of chart-deals, the longest, take 298 px
 * in a 320 px frame (252 at 360, 143 at 1280); one spare line of the takeaway (23 px) is added for other fonts.
 * tests/browser/embeds.test.ts checks every embed fits its fixed height at 320, 360 and 1280 px.
 */
const EMBED_FRAME = 320;

/** The fixed height of a chart's embed frame: the chart as drawn on the page, plus its words. */
export const embedHeight = (spec: ChartSpec) => chartHeight(spec) + EMBED_FRAME;

const attribute = (value: string) => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

// A string in the listener's JavaScript: a JSON string, with `<` escaped so no value can close the script element.
const literal = (value: string) => JSON.stringify(value).replace(/</gu, '\\u003c');

/**
 * The HTML another site pastes to embed a chart: an iframe of its embed page, named by the chart's title, at a fixed
 * height that shows the whole chart, then a short listener that fits that frame to the height the embed page posts
 * (src/lib/share/embed-message.ts). The listener obeys only messages from the embed's own origin (taken from its
 * URL) that name this chart, and resizes only the frame that sent them.
 */
export function embedCode({ url, chart, title, height }: { url: string; chart: string; title: string; height: number }): string {
  const iframe = `<iframe src="${attribute(url)}" title="${attribute(`Chart: ${title}`)}" width="100%" height="${Math.ceil(height)}" style="border:0" loading="lazy"></iframe>`;
  const script = [
    '<script>',
    "  // Fits the chart's frame to its content: the chart's page posts its height whenever it changes.",
    "  // Only messages from the chart's own site are obeyed, and only the frame that sent one is resized.",
    '  addEventListener("message", (event) => {',
    '    const { type, chart, height } = Object(event.data);',
    `    if (event.origin !== ${literal(new URL(url).origin)} || type !== ${literal(EMBED_HEIGHT_MESSAGE)} || chart !== ${literal(chart)} || !(height > 0)) return;`,
    '    for (const frame of document.querySelectorAll("iframe")) {',
    '      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;',
    '    }',
    '  });',
    '</script>',
  ];
  return [iframe, ...script].join('\n');
}
