import { inflateSync } from 'node:zlib';

/** A decoded image: its size and the colour of any pixel, as 8-bit [red, green, blue, alpha]. */
export interface Pixels {
  width: number;
  height: number;
  at: (x: number, y: number) => [number, number, number, number];
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// The predictor of the PNG specification's filter type 4 (Paeth).
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium's screenshots and our images are) by the PNG
 * specification, undoing each row's filter: tests read pixels without the library that drew them.
 */
export function decodePng(file: Uint8Array): Pixels {
  const png = Buffer.from(file);
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: the signature is wrong');
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'IHDR') header = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IDAT') data.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  if (!header) throw new Error('not a PNG: no IHDR chunk');
  const [width, height, depth, colourType, interlace] = [header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[12]];
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0)
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(data));
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i += 1) {
      const value = raw[y * (stride + 1) + 1 + i]!;
      const left = i >= channels ? out[y * stride + i - channels]! : 0;
      const up = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const upLeft = y > 0 && i >= channels ? out[(y - 1) * stride + i - channels]! : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter ?? -1];
      if (predicted === undefined) throw new Error(`PNG row ${y} has an unknown filter ${filter}`);
      out[y * stride + i] = (value + predicted) & 0xff;
    }
  }
  return {
    width,
    height,
    at: (x, y) => {
      const i = y * stride + x * channels;
      return [out[i]!, out[i + 1]!, out[i + 2]!, channels === 4 ? out[i + 3]! : 255];
    },
  };
}

/** A colour written `#rrggbb` as [red, green, blue]. */
export const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** How many pixels in a box (the whole image by default) are within `tolerance` of a colour in each channel. */
export function countColour(image: Pixels, hex: string, box = { x: 0, y: 0, width: image.width, height: image.height }, tolerance = 2): number {
  const [r, g, b] = rgb(hex);
  let count = 0;
  for (let y = Math.max(0, box.y); y < Math.min(image.height, box.y + box.height); y += 1) {
    for (let x = Math.max(0, box.x); x < Math.min(image.width, box.x + box.width); x += 1) {
      const [pr, pg, pb] = image.at(x, y);
      if (Math.abs(pr - r) <= tolerance && Math.abs(pg - g) <= tolerance && Math.abs(pb - b) <= tolerance) count += 1;
    }
  }
  return count;
}

/** A box in an image, its edges inclusive, in image pixels. */
export interface Rect {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

// The areas of one colour in an image, each as its bounding box, top to bottom then left to right: the bars and
// legend swatches a chart draws in it. Pixels up to `reach` apart belong to one area (a hatch's stripes); specks of
// antialiased text under `minArea` pixels are left out.
export function areas(image: Pixels, hex: string, reach = 1, tolerance = 24, minArea = 24): Rect[] {
  const [r, g, b] = rgb(hex);
  const seen = new Uint8Array(image.width * image.height);
  const matches = (x: number, y: number) => {
    const [pr, pg, pb] = image.at(x, y);
    return Math.abs(pr - r) <= tolerance && Math.abs(pg - g) <= tolerance && Math.abs(pb - b) <= tolerance;
  };
  const found: Rect[] = [];
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if (seen[y * image.width + x] || !matches(x, y)) continue;
      const rect = { x0: x, x1: x, y0: y, y1: y };
      let area = 0;
      const stack = [[x, y] as const];
      seen[y * image.width + x] = 1;
      while (stack.length > 0) {
        const [px, py] = stack.pop()!;
        area += 1;
        rect.x0 = Math.min(rect.x0, px);
        rect.x1 = Math.max(rect.x1, px);
        rect.y0 = Math.min(rect.y0, py);
        rect.y1 = Math.max(rect.y1, py);
        for (let ny = py - reach; ny <= py + reach; ny += 1) {
          for (let nx = px - reach; nx <= px + reach; nx += 1) {
            if (nx < 0 || ny < 0 || nx >= image.width || ny >= image.height || seen[ny * image.width + nx] || !matches(nx, ny)) continue;
            seen[ny * image.width + nx] = 1;
            stack.push([nx, ny]);
          }
        }
      }
      if (area >= minArea) found.push(rect);
    }
  }
  return found;
}

/** An area of one colour, and the colour. */
export interface ColouredRect extends Rect {
  colour: string;
}

/**
 * A chart's bars (or a stacked bar's parts) among the areas of several colours, in reading order: rows top to bottom,
 * parts of one row left to right. Areas less than `minHeight` pixels tall (text, a key's swatches) are left out.
 */
export function barsOf(image: Pixels, colours: readonly string[], { reach = 1, minHeight = 20 } = {}): ColouredRect[] {
  return colours
    .flatMap((colour) => areas(image, colour, reach).map((rect) => ({ ...rect, colour })))
    .filter((rect) => rect.y1 - rect.y0 >= minHeight)
    .sort((a, b) => (a.y1 < b.y0 ? -1 : b.y1 < a.y0 ? 1 : a.x0 - b.x0));
}

/** A box's width in pixels, both edges counted. */
export const widthOf = (rect: Rect) => rect.x1 - rect.x0 + 1;
