import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { assertBuilt, distDir, distFiles, loadPage } from '../support/dist';
import { readText } from '../support/article';
import { decodePng } from '../support/pixels';
import { readIco, readPng } from '../support/png';

assertBuilt();
const pages = distFiles().filter((f) => f.endsWith('.html'));
const built = (path: string) => readFileSync(join(distDir, path));

describe('site icons', () => {
  test.each(pages)('%s links a raster favicon, the SVG favicon and a touch icon, each a built file', (page) => {
    const tree = loadPage(page);
    const hrefs = selectAll('link[rel~="icon"], link[rel~="apple-touch-icon"]', tree).map((l) => String(l.properties.href));
    expect(hrefs).toEqual(['/favicon.ico', '/favicon.svg', '/apple-touch-icon.png']);
    for (const href of hrefs) expect(existsSync(join(distDir, href)), href).toBe(true);
    expect(select('link[href="/favicon.svg"]', tree)?.properties.type).toBe('image/svg+xml');
    // The ICO names its size so that browsers which read SVG prefer the SVG.
    expect(select('link[href="/favicon.ico"]', tree)?.properties.sizes).toBe('32x32');
  });

  test('favicon.ico holds a 32 × 32 PNG, and its directory agrees with the image', () => {
    const images = readIco(built('favicon.ico'));
    expect(images.map((i) => [i.width, i.height])).toEqual([[32, 32]]);
    const png = readPng(images[0]!.image);
    expect([png.width, png.height]).toEqual([32, 32]);
  });

  test('apple-touch-icon.png is 180 × 180 and opaque to its corners, as iOS wants it', () => {
    const png = readPng(built('apple-touch-icon.png'));
    expect([png.width, png.height]).toEqual([180, 180]);
    expect(png.topLeft[3]).toBe(255);
  });

  test('the logo is a 512 × 512 PNG of the same mark with rounded, transparent corners', () => {
    const png = readPng(built('icon-512.png'));
    expect([png.width, png.height]).toEqual([512, 512]);
    expect(png.topLeft[3]).toBe(0);
  });

  test('the SVG favicon is a square SVG, served byte for byte as its master in public/', () => {
    const svg = built('favicon.svg').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/u);
    expect(svg).toBe(readText('public/favicon.svg'));
  });

  test('the raster icons show the master’s mark: its yellow bar and its blue tile where the SVG puts them', () => {
    // The tall bar spans x 21–25 and y 6–25 of the mark's 32-unit grid; x 12, y 8 is tile above the middle bar.
    const logo = decodePng(built('icon-512.png'));
    expect(logo.at(368, 128)).toEqual([0xf0, 0xb4, 0x29, 255]);
    expect(logo.at(192, 128)).toEqual([0x0b, 0x4f, 0x8a, 255]);
    const touch = decodePng(built('apple-touch-icon.png'));
    expect(touch.at(129, 45)).toEqual([0xf0, 0xb4, 0x29, 255]);
    expect(touch.at(0, 179)).toEqual([0x0b, 0x4f, 0x8a, 255]);
  });

  test('the structured data names the built logo as the publisher’s, with its real pixel size as numbers', () => {
    const data = JSON.parse(toString(select('script[type="application/ld+json"]', loadPage('index.html'))!)) as {
      publisher: { logo: { url: string; width: unknown; height: unknown } };
    };
    const { logo } = data.publisher;
    const png = readPng(built(new URL(logo.url).pathname));
    expect([logo.width, logo.height]).toEqual([png.width, png.height]);
  });
});
