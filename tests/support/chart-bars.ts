import { rgb, type Pixels } from './pixels';

/** A block of one colour found in an image: the colour asked for and its box in image pixels (edges inclusive). */
export interface FoundBar {
  colour: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The blocks of each colour in an image, read from its pixels alone: a block is a run of rows in which at least
 * `minPerRow` pixels are within `tolerance` of the colour, spanning the leftmost to the rightmost such pixel of those
 * rows. A hatch counts as its colour's block, since every row of it holds some of its lines. Sorted top to bottom,
 * then left to right, so a test reads bars in the order a reader does.
 */
export function findBars(image: Pixels, colours: readonly string[], { minPerRow = 4, tolerance = 2 } = {}): FoundBar[] {
  const wanted = colours.map((colour) => ({ colour, rgb: rgb(colour), open: undefined as FoundBar | undefined }));
  const found: FoundBar[] = [];
  for (let y = 0; y < image.height; y += 1) {
    const rows = wanted.map(() => ({ count: 0, left: Infinity, right: -Infinity }));
    for (let x = 0; x < image.width; x += 1) {
      const [pr, pg, pb] = image.at(x, y);
      wanted.forEach(({ rgb: [r, g, b] }, i) => {
        if (Math.abs(pr - r) > tolerance || Math.abs(pg - g) > tolerance || Math.abs(pb - b) > tolerance) return;
        const row = rows[i]!;
        row.count += 1;
        row.left = Math.min(row.left, x);
        row.right = Math.max(row.right, x);
      });
    }
    wanted.forEach((colour, i) => {
      const { count, left, right } = rows[i]!;
      if (count < minPerRow) {
        colour.open = undefined;
      } else if (colour.open) {
        colour.open.bottom = y;
        colour.open.left = Math.min(colour.open.left, left);
        colour.open.right = Math.max(colour.open.right, right);
      } else {
        colour.open = { colour: colour.colour, top: y, bottom: y, left, right };
        found.push(colour.open);
      }
    });
  }
  return found.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** A block's width in pixels, both edges counted. */
export const barLength = (bar: FoundBar) => bar.right - bar.left + 1;
