import { describe, expect, test } from 'vitest';
import { ICON_SVG, iconPng, siteIconPng } from '../../../src/render/icon-image';
import { readText } from '../../support/article';
import { decodePng, rgb } from '../../support/pixels';

// Where the mark's parts are on its 32-unit grid: the middle of each bar, and tile between them.
const at = (size: number, x: number, y: number) => [Math.floor((x / 32) * size), Math.floor((y / 32) * size)] as const;
const colour = (png: Uint8Array, [x, y]: readonly [number, number]) => decodePng(png).at(x, y);

describe('iconPng', () => {
  test('draws the master SVG, public/favicon.svg, as it is on disk', () => {
    expect(ICON_SVG).toBe(readText('public/favicon.svg'));
  });

  test.each([16, 32, 180, 512])('the mark renders as a %i px square PNG', (size) => {
    const png = decodePng(siteIconPng(size));
    expect([png.width, png.height]).toEqual([size, size]);
  });

  test('at 512 px each part of the mark is its own colour: the blue tile, two white bars and the yellow one', () => {
    const png = siteIconPng(512);
    expect(colour(png, at(512, 23, 8))).toEqual([...rgb('#f0b429'), 255]);
    expect(colour(png, at(512, 16, 20))).toEqual([255, 255, 255, 255]);
    expect(colour(png, at(512, 9, 22))).toEqual([255, 255, 255, 255]);
    expect(colour(png, at(512, 12, 8))).toEqual([...rgb('#0b4f8a'), 255]);
  });

  test('the rounded mark has transparent corners; the square variant fills them with the tile’s blue, fully opaque', () => {
    expect(decodePng(siteIconPng(64)).at(0, 0)[3]).toBe(0);
    const square = decodePng(siteIconPng(64, { square: true }));
    for (const [x, y] of [
      [0, 0],
      [63, 0],
      [0, 63],
      [63, 63],
    ] as const)
      expect(square.at(x, y), `corner ${x},${y}`).toEqual([...rgb('#0b4f8a'), 255]);
  });

  test('draws whatever the SVG says: a changed master gives a changed icon', () => {
    const red = iconPng(ICON_SVG.replace('#f0b429', '#ff0000'), 64);
    expect(colour(red, at(64, 23, 8))).toEqual([255, 0, 0, 255]);
  });

  test('an SVG that does not decode stops the build, naming the icon', () => {
    expect(() => iconPng('<svg xmlns="http://www.w3.org/2000/svg"', 32)).toThrow(/could not draw the icon: its SVG does not decode \(<svg/u);
  });

  test('the error quotes only the broken SVG’s first 60 characters', () => {
    // Each comment is 20 characters: 4 + 13 + 3.
    const broken = '<!--0123456789abc-->'.repeat(5);
    expect(() => iconPng(broken, 32)).toThrow(
      new Error('could not draw the icon: its SVG does not decode (<!--0123456789abc--><!--0123456789abc--><!--0123456789abc-->…)'),
    );
  });
});
