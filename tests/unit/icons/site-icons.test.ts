import { describe, expect, test } from 'vitest';
import { icoFile } from '../../../src/icons/site-icons';
import { siteIconPng } from '../../../src/render/icon-image';
import { readIco } from '../../support/png';

describe('site icons', () => {
  test('an ICO file lists each image with its size and holds its bytes unchanged, 256 px written as 0', () => {
    const images = [16, 256].map((size) => ({ size, png: siteIconPng(size) }));
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
