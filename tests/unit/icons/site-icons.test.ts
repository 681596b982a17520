import { describe, expect, test } from 'vitest';
import { icoFile, iconPng, iconSvg } from '../../../src/icons/site-icons';
import { readIco, readPng } from '../../support/png';

describe('site icons', () => {
  test.each([16, 32, 180])('the mark renders as a %i px square PNG', (size) => {
    const png = readPng(iconPng(size));
    expect([png.width, png.height]).toEqual([size, size]);
  });

  test('the square variant has no rounded corners: its corner pixel is the tile’s blue, fully opaque', () => {
    expect(readPng(iconPng(64, { square: true })).topLeft).toEqual([0x0b, 0x4f, 0x8a, 255]);
    expect(readPng(iconPng(64)).topLeft[3]).toBe(0);
    expect(iconSvg({ square: true })).not.toContain('rx=');
  });

  test('an ICO file lists each image with its size and holds its bytes unchanged, 256 px written as 0', () => {
    const images = [16, 256].map((size) => ({ size, png: iconPng(size) }));
    const ico = icoFile(images);
    expect(ico[6]).toBe(16);
    expect(ico[6 + 16]).toBe(0);
    const read = readIco(ico);
    expect(read.map((i) => i.width)).toEqual([16, 256]);
    expect(Buffer.from(read[1]!.image).equals(Buffer.from(images[1]!.png))).toBe(true);
  });

  test('an ICO refuses an image wider than 256 px, which its directory cannot state', () => {
    expect(() => icoFile([{ size: 512, png: new Uint8Array(8) }])).toThrow(/1 to 256 pixels/u);
  });
});
