import type { Layout } from '../lib/share/card-layout';
import { canvasMeasure, imageCanvas, SANS, SERIF } from './canvas';
import { withChartImage } from './chart-image';

/** The fonts layouts are set in, as registered for drawing. */
export const IMAGE_FONTS = { sans: SANS, serif: SERIF } as const;

/** Measures text in the images' own fonts, for the layout functions. */
export const measureText = canvasMeasure();

/** Draws a layout into a PNG: rectangles, lines of text and charts (drawn by Chart.js from the page's configuration). */
export function layoutPng(layout: Layout): Buffer {
  const canvas = imageCanvas(layout.width * layout.scale, layout.height * layout.scale);
  const ctx = canvas.getContext('2d');
  ctx.scale(layout.scale, layout.scale);
  ctx.fillStyle = layout.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  // A text op's y is its baseline: the canvas's own default, 'alphabetic'.
  for (const op of layout.ops) {
    if (op.op === 'rect') {
      ctx.fillStyle = op.colour;
      ctx.fillRect(op.x, op.y, op.width, op.height);
    } else if (op.op === 'text') {
      ctx.font = op.font;
      ctx.fillStyle = op.colour;
      ctx.fillText(op.text, op.x, op.y);
    } else {
      const setting = { colours: op.colours, width: op.width / op.zoom, scale: op.zoom * layout.scale };
      withChartImage(op.spec, setting, (chart) => ctx.drawImage(chart, op.x, op.y, chart.width / layout.scale, chart.height / layout.scale));
    }
  }
  return canvas.toBuffer('image/png');
}
