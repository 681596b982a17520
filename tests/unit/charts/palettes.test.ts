import { describe, expect, test } from 'vitest';
import { CHART_COLOURS, CHART_TOKENS } from '../../../src/lib/charts/palettes';
import { readText } from '../../support/article';

// The custom properties declared in a block of global.css, read as a browser would take their values.
function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*([^;]+);/gu)].map(([, name, value]) => [name!, value!.trim()]));
}

const css = readText('src/styles/global.css');
const light = tokens(/:root\s*\{([^}]*)\}/u.exec(css)?.[1] ?? '');
const dark = tokens(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/u.exec(css)?.[1] ?? '');

describe('chart colours', () => {
  test.each([
    { scheme: 'light', declared: light },
    { scheme: 'dark', declared: dark },
  ] as const)('images drawn at build time use the $scheme colours the page’s charts read from global.css', ({ scheme, declared }) => {
    const colours = CHART_COLOURS[scheme];
    expect(CHART_TOKENS.stated.map((name) => declared[name])).toEqual(colours.stated);
    expect(CHART_TOKENS.derived.map((name) => declared[name])).toEqual(colours.derived);
    expect(declared[CHART_TOKENS.text]).toBe(colours.text);
    expect(declared[CHART_TOKENS.bg]).toBe(colours.bg);
  });

  test('the two schemes differ, so a test above that passed did not read one block twice', () => {
    expect(light['--chart-stated']).toBeDefined();
    expect(light['--chart-stated']).not.toBe(dark['--chart-stated']);
  });

  test('paper is white with black text, in the light scheme’s part colours', () => {
    expect(CHART_COLOURS.print).toMatchObject({ bg: '#ffffff', text: '#000000', stated: CHART_COLOURS.light.stated, derived: CHART_COLOURS.light.derived });
  });
});
