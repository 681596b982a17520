import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import { assertBuilt, distDir, distFiles, loadPage } from '../support/dist';
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

  test('the SVG favicon is a square SVG', () => {
    const svg = built('favicon.svg').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/u);
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
