import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { shareCardSvg, wrap } from '../../../src/lib/share/share-image';

describe('share card', () => {
  test('wraps text at spaces within the width', () => {
    expect(wrap('Russia’s arms trade with Azerbaijan, figure by figure', 20)).toEqual(['Russia’s arms trade', 'with Azerbaijan,', 'figure by figure']);
  });

  test('escapes text so a headline cannot break the SVG', () => {
    const svg = shareCardSvg({
      siteName: 'A & B',
      headline: '<Headline>',
      figure: '$4 billion',
      figureLabel: 'x',
      bars: [{ label: 'y', value: 1, display: '1' }],
      credit: 'z',
    });
    expect(svg).toContain('>A &#x26; B</text>');
    expect(svg).toContain('&#x3C;Headline>');
    expect(svg).not.toContain('<Headline>');
    // The SVG must parse as XML for the renderer, whatever the text holds.
    expect(() => new Resvg(svg)).not.toThrow();
  });
});
