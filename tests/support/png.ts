import { decodePng } from './pixels';

/** What a test needs from a PNG file, read by the PNG specification rather than by the code that wrote it. */
export interface PngFacts {
  width: number;
  height: number;
  /** The top-left pixel as [red, green, blue, alpha], for 8-bit RGB or RGBA images. */
  topLeft: [number, number, number, number];
}

/** Reads a PNG's size and its top-left pixel, with the one PNG decoder the tests share. */
export function readPng(file: Uint8Array): PngFacts {
  const image = decodePng(file);
  return { width: image.width, height: image.height, topLeft: image.at(0, 0) };
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
