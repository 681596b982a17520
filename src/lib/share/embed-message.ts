/**
 * The message an embed page posts to the page that frames it, whenever its height changes, so that the host's
 * listener (the script in the embed code) can fit the frame to it: `{ type, chart, height }`, the height in CSS
 * pixels, rounded up so the content always fits. It holds nothing private, so it is posted to any parent.
 */
export const EMBED_HEIGHT_MESSAGE = 'baku-arms:embed-height';

/** What an embed page tells its parent: which chart it shows and how tall its document is. */
export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  chart: string;
  height: number;
}

/** The height message of a chart's embed page, its height rounded up to whole CSS pixels. */
export const embedHeightMessage = (chart: string, height: number): EmbedHeightMessage => ({ type: EMBED_HEIGHT_MESSAGE, chart, height: Math.ceil(height) });
