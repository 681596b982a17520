import { createCanvas, Image } from '@napi-rs/canvas';
import master from '../../public/favicon.svg?raw';
import { ICON } from '../lib/site/palette';

/** The site's mark as served at /favicon.svg: public/favicon.svg, the master every raster icon is drawn from. */
export const ICON_SVG: string = master;

/**
 * Draws an SVG mark as a `size` × `size` PNG; `square` lays the mark on a full tile of its own blue, so its rounded
 * corners become opaque square ones. An SVG the renderer cannot read stops the build.
 */
export function iconPng(svg: string, size: number, { square = false } = {}): Uint8Array<ArrayBuffer> {
  // An SVG image is rasterised at the size it is made with: drawn at that size, its edges are sharp.
  const mark = new Image(size, size);
  mark.src = Buffer.from(svg);
  if (!mark.complete || mark.naturalWidth === 0) throw new Error(`could not draw the icon: its SVG does not decode (${svg.slice(0, 60)}…)`);
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  if (square) {
    ctx.fillStyle = ICON.tile;
    ctx.fillRect(0, 0, size, size);
  }
  ctx.drawImage(mark, 0, 0, size, size);
  return new Uint8Array(canvas.toBuffer('image/png'));
}

/** The site's mark from public/favicon.svg as a `size` × `size` PNG. */
export const siteIconPng = (size: number, options: { square?: boolean } = {}): Uint8Array<ArrayBuffer> => iconPng(ICON_SVG, size, options);
