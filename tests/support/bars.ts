import { type Pixels, rgb } from './pixels.ts';

/** One part of a chart as its pixels show it: its colour, where it spans, how many pieces it is cut in, how solid it is. */
export interface DrawnBar {
  /** The part colour it is drawn in, as given to `readBars`. */
  colour: string;
  /** Its top row and the row after its bottom, on the image. */
  top: number;
  bottom: number;
  /** Its first column and its length in image pixels, from its first column of colour to its last. */
  left: number;
  length: number;
  /** How many pieces it is drawn in: one for a bar or a stacked part, one a unit for a row of units. */
  pieces: number;
  /** The share of the pixels inside its pieces, edges left out, that are its colour: near 1 if solid, much less if hatched. */
  fill: number;
}

// A pixel belongs to a part when it lies on the way from the ground to the part's colour (a hatch's anti-aliased
// stroke does too), at least this far along it and this close to it in each channel's units.
const ALONG = 0.4;
const NEAR = 6;
// Rows of a hatch may miss its colour where its tile repeats; this many rows without it do not end a bar.
const ROW_GAP = 3;
// Columns narrower than this are specks of anti-aliased text, not a bar or a unit.
const SPECK = 4;
// How solid a part is, is judged this many pixels inside its edges, clear of a hatched bar's outline.
const EDGE = 4;

/**
 * Finds the bars of a chart in an image by their colours alone, with no knowledge of the code that drew them:
 * each pixel is given the part colour it is a shade of (against the chart's ground), rows holding such pixels
 * make bands, the thickest bands are the bars (a key's swatches and lines of text are thinner), and in each band
 * the columns of one colour make a part. Parts come top to bottom and, within a band, left to right.
 */
export function readBars(image: Pixels, colours: readonly string[], ground: string): DrawnBar[] {
  const g = rgb(ground);
  const ways = colours.map((hex) => {
    const d = rgb(hex).map((v, i) => v - g[i]!);
    return { d, norm: d.reduce((sum, v) => sum + v * v, 0) };
  });
  const kind = new Int8Array(image.width * image.height).fill(-1);
  const rowHas = new Array<boolean>(image.height).fill(false);
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const [r, gr, b] = image.at(x, y);
      const q0 = r - g[0]!;
      const q1 = gr - g[1]!;
      const q2 = b - g[2]!;
      let best = -1;
      let bestOff = NEAR;
      ways.forEach(({ d, norm }, k) => {
        const t = (q0 * d[0]! + q1 * d[1]! + q2 * d[2]!) / norm;
        if (t < ALONG || t > 1.1) return;
        const off = Math.max(Math.abs(q0 - t * d[0]!), Math.abs(q1 - t * d[1]!), Math.abs(q2 - t * d[2]!));
        if (off <= bestOff) [best, bestOff] = [k, off];
      });
      kind[y * image.width + x] = best;
      if (best >= 0) rowHas[y] = true;
    }
  }
  const bands: { top: number; bottom: number }[] = [];
  rowHas.forEach((has, y) => {
    if (!has) return;
    const last = bands.at(-1);
    if (last && y - last.bottom <= ROW_GAP + 1) last.bottom = y + 1;
    else bands.push({ top: y, bottom: y + 1 });
  });
  const partsOf = ({ top, bottom }: { top: number; bottom: number }): DrawnBar[] => {
    const height = bottom - top;
    // Each column takes the colour most of its coloured pixels have, when they are at least a tenth of the band.
    const column = Array.from({ length: image.width }, (_, x) => {
      const counts = colours.map(() => 0);
      for (let y = top; y < bottom; y += 1) {
        const k = kind[y * image.width + x]!;
        if (k >= 0) counts[k]! += 1;
      }
      const most = Math.max(...counts);
      return { k: most >= height / 10 ? counts.indexOf(most) : -1 };
    });
    // The share of a run's inside (its edges, where a bar's outline and anti-aliasing are, left out) in its colour.
    const inside = (k: number, left: number, right: number) => {
      let count = 0;
      let all = 0;
      for (let y = top + EDGE; y < bottom - EDGE; y += 1) {
        for (let x = left + EDGE; x < right - EDGE; x += 1) {
          all += 1;
          if (kind[y * image.width + x] === k) count += 1;
        }
      }
      return { count, all };
    };
    const runs: { k: number; left: number; right: number }[] = [];
    for (let x = 0; x < image.width;) {
      const k = column[x]!.k;
      const left = x;
      while (x < image.width && column[x]!.k === k) x += 1;
      if (k >= 0 && x - left >= SPECK) runs.push({ k, left, right: x });
    }
    // Runs of one colour in a row are one part: a bar, a stacked part, or a row of units with ground between them.
    const parts: (DrawnBar & { count: number; all: number })[] = [];
    for (const run of runs) {
      const part = parts.at(-1);
      const { count, all } = inside(run.k, run.left, run.right);
      if (part && part.colour === colours[run.k]) {
        part.length = run.right - part.left;
        part.pieces += 1;
        part.count += count;
        part.all += all;
      } else parts.push({ colour: colours[run.k]!, top, bottom, left: run.left, length: run.right - run.left, pieces: 1, fill: 0, count, all });
    }
    return parts.map(({ count, all, ...part }) => ({ ...part, fill: count / Math.max(1, all) }));
  };
  const found = bands.map((band) => ({ band, parts: partsOf(band) })).filter(({ parts }) => parts.length > 0);
  const thickest = Math.max(0, ...found.map(({ band }) => band.bottom - band.top));
  return found.filter(({ band }) => band.bottom - band.top >= 0.8 * thickest).flatMap(({ parts }) => parts);
}

/** An image with a clear ground (a chart's still) as it shows over a ground colour: each pixel blended by its alpha. */
export function overGround(image: Pixels, ground: string): Pixels {
  const g = rgb(ground);
  return {
    width: image.width,
    height: image.height,
    at: (x, y) => {
      const [r, gr, b, a] = image.at(x, y);
      const blend = (v: number, i: number) => Math.round((v * a + g[i]! * (255 - a)) / 255);
      return [blend(r, 0), blend(gr, 1), blend(b, 2), 255];
    },
  };
}
