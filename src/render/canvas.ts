import { createRequire } from 'node:module';
import { type Canvas, createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { Measure } from '../lib/share/text-fit';

// The images' fonts ship in an npm package and are registered under names of their own, so every machine draws
// the same pixels whatever fonts it has installed (a system DejaVu, or none).
const require = createRequire(import.meta.url);
const FAMILIES = {
  'Card Sans': ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'],
  'Card Serif': ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'],
} as const;

/** The sans-serif every image is set in (DejaVu Sans, from npm). */
export const SANS = 'Card Sans';
/** The serif that sets the article's own words in a card (DejaVu Serif, from npm). */
export const SERIF = 'Card Serif';

let registered = false;
/** Registers the images' fonts once per process; a missing font file stops the build, naming it. */
export function registerFonts(): void {
  if (registered) return;
  for (const [family, files] of Object.entries(FAMILIES)) {
    for (const file of files) {
      if (!GlobalFonts.registerFromPath(require.resolve(`dejavu-fonts-ttf/ttf/${file}`), family)) throw new Error(`could not load the font ${file}`);
    }
  }
  registered = true;
}

/** A canvas with the images' fonts ready. */
export function imageCanvas(width: number, height: number): Canvas {
  registerFonts();
  return createCanvas(Math.round(width), Math.round(height));
}

/** Measures text as the images draw it, for laying out lines before drawing them. */
export function canvasMeasure(): Measure {
  const ctx = imageCanvas(1, 1).getContext('2d');
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}
