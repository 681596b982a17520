import { describe, expect, test } from 'vitest';
import { ARTICLE_BOX, EMBED_BOX, mediaForTheme, stillName, stillRoute, stillSources, stillWidths } from '../../../src/lib/charts/stills';

describe('stills: which build-time drawing a chart box shows at which viewport', () => {
  test.each([
    { layout: 'article', box: ARTICLE_BOX, widths: [256, 296, 336, 376, 416, 496, 576, 656, 704, 736] },
    { layout: 'embed', box: EMBED_BOX, widths: [256, 296, 336, 376, 416, 496, 576, 656, 704, 736, 832, 928] },
    { layout: 'a box never wider than 300', box: { inset: 0, max: 300, narrower: [] }, widths: [256, 296] },
    { layout: 'a box narrower than every still', box: { inset: 0, max: 100, narrower: [] }, widths: [256] },
    {
      layout: 'a box whose narrower range wants 832',
      box: { inset: 0, max: 700, narrower: [{ from: 0, to: 1, width: 832 }] },
      widths: [256, 296, 336, 376, 416, 496, 576, 656, 832],
    },
  ])('the $layout is drawn at the widths it can be', ({ box, widths }) => {
    expect(stillWidths(box)).toEqual(widths);
  });

  test('in the article, dark stills come first, widest first, each from the viewport where the box reaches it; the light narrowest is the image’s own', () => {
    const sources = stillSources(ARTICLE_BOX);
    expect(sources.map((source) => `${source.theme} ${source.width}: ${source.media}`)).toEqual([
      'dark 736: (prefers-color-scheme: dark) and (min-width: 800px) and (max-width: 1023.98px), (prefers-color-scheme: dark) and (min-width: 1056px)',
      'dark 704: (prefers-color-scheme: dark) and (min-width: 768px)',
      'dark 656: (prefers-color-scheme: dark) and (min-width: 720px)',
      'dark 576: (prefers-color-scheme: dark) and (min-width: 640px)',
      'dark 496: (prefers-color-scheme: dark) and (min-width: 560px)',
      'dark 416: (prefers-color-scheme: dark) and (min-width: 480px)',
      'dark 376: (prefers-color-scheme: dark) and (min-width: 440px)',
      'dark 336: (prefers-color-scheme: dark) and (min-width: 400px)',
      'dark 296: (prefers-color-scheme: dark) and (min-width: 360px)',
      'dark 256: (prefers-color-scheme: dark)',
      'light 736: (min-width: 800px) and (max-width: 1023.98px), (min-width: 1056px)',
      'light 704: (min-width: 768px)',
      'light 656: (min-width: 720px)',
      'light 576: (min-width: 640px)',
      'light 496: (min-width: 560px)',
      'light 416: (min-width: 480px)',
      'light 376: (min-width: 440px)',
      'light 336: (min-width: 400px)',
      'light 296: (min-width: 360px)',
    ]);
  });

  test.each([
    { case: 'a narrower range it has passed', narrower: [{ from: 100, to: 200, width: 50 }], media: '(min-width: 296px)' },
    { case: 'a narrower range as wide as it', narrower: [{ from: 400, to: 500, width: 296 }], media: '(min-width: 296px)' },
    { case: 'a narrower range ending where it starts', narrower: [{ from: 100, to: 296, width: 50 }], media: '(min-width: 296px)' },
    { case: 'a narrower range starting where it starts', narrower: [{ from: 296, to: 300, width: 100 }], media: '(min-width: 300px)' },
    {
      case: 'two narrower ranges, given out of order',
      narrower: [
        { from: 600, to: 700, width: 100 },
        { from: 300, to: 400, width: 100 },
      ],
      media: '(min-width: 296px) and (max-width: 299.98px), (min-width: 400px) and (max-width: 599.98px), (min-width: 700px)',
    },
  ])('a 296 px still, in a box up to 296 px wide, is shown beside $case', ({ narrower, media }) => {
    const light = stillSources({ inset: 0, max: 296, narrower }).filter((source) => source.theme === 'light');
    expect(light).toEqual([{ theme: 'light', width: 296, media }]);
  });

  test.each([
    { media: '(prefers-color-scheme: dark) and (min-width: 768px)', theme: 'dark', then: '(min-width: 768px)' },
    { media: '(prefers-color-scheme: dark)', theme: 'dark', then: 'all' },
    {
      media: '(prefers-color-scheme: dark) and (min-width: 800px) and (max-width: 1023.98px), (prefers-color-scheme: dark) and (min-width: 1056px)',
      theme: 'dark',
      then: '(min-width: 800px) and (max-width: 1023.98px), (min-width: 1056px)',
    },
    { media: '(prefers-color-scheme: dark) and (min-width: 768px)', theme: 'light', then: 'not all' },
    { media: '(prefers-color-scheme: dark)', theme: 'light', then: 'not all' },
    { media: '(min-width: 768px)', theme: 'dark', then: 'not all' },
    { media: '(min-width: 768px)', theme: 'light', then: '(min-width: 768px)' },
    { media: 'print', theme: 'dark', then: 'print' },
  ] as const)('under a host’s $theme theme, “$media” becomes “$then”', ({ media, theme, then }) => {
    expect(mediaForTheme(media, theme)).toBe(then);
  });

  test('the boxes are as the CSS lays them out, measured in the browser layer (chart-stills.test.ts)', () => {
    expect(ARTICLE_BOX).toEqual({ inset: 64, max: 736, narrower: [{ from: 1024, to: 1056, width: 704 }] });
    expect(EMBED_BOX).toEqual({ inset: 32, max: 928, narrower: [] });
  });

  test('a still is named by its chart, scheme and width, under charts/still/', () => {
    expect(stillName('chart-mi35', 'dark', 296)).toBe('chart-mi35-dark-296');
    expect(stillRoute('chart-mi35', 'light', 736)).toBe('charts/still/chart-mi35-light-736.png');
  });
});
