import { inflateSync } from 'node:zlib';

/** What a test needs from a PNG file, read by the PNG specification rather than by the code that wrote it. */
export interface PngFacts {
  width: number;
  height: number;
  /** The top-left pixel as [red, green, blue, alpha], for 8-bit RGB or RGBA images. */
  topLeft: [number, number, number, number];
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Reads a PNG's size and its top-left pixel. That pixel can be read without undoing the row filters: every filter
 * predicts the first pixel of the first row from zeros, so its stored bytes are its value.
 */
export function readPng(file: Uint8Array): PngFacts {
  const png = Buffer.from(file);
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG: the signature is wrong');
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  if (!header) throw new Error('not a PNG: no IHDR chunk');
  const [bitDepth, colourType] = [header[8], header[9]];
  if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6)) throw new Error(`unsupported PNG: bit depth ${bitDepth}, colour type ${colourType}`);
  const pixels = inflateSync(Buffer.concat(data));
  // Byte 0 of a row is its filter type; the pixel follows.
  const [r, g, b] = [pixels[1]!, pixels[2]!, pixels[3]!];
  const a = colourType === 6 ? pixels[4]! : 255;
  return { width: header.readUInt32BE(0), height: header.readUInt32BE(4), topLeft: [r, g, b, a] };
}

/** The images inside an ICO file, by its directory (a stored 0 means 256 pixels). */
export function readIco(file: Uint8Array): { width: number; height: number; image: Uint8Array }[] {
  const ico = Buffer.from(file);
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an ICO: reserved must be 0 and type 1');
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + 16 * i;
    const size = ico.readUInt32LE(entry + 8);
    const start = ico.readUInt32LE(entry + 12);
    if (start + size > ico.length) throw new Error(`ICO entry ${i} runs past the end of the file`);
    return { width: ico[entry] || 256, height: ico[entry + 1] || 256, image: ico.subarray(start, start + size) };
  });
}
