import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { chartHeight } from '../../../src/lib/charts/chart-config';
import type { ChartSpec } from '../../../src/lib/figures/chart-model';
import { embedCode, embedHeight } from '../../../src/lib/share/embed-code';
import { select } from '../../support/hast';

const spec: ChartSpec = { form: 'units', labels: ['a', 'b'], values: [1, 2], displays: ['1', '2'], derived: [false, true] };

describe('embedCode', () => {
  test('is one iframe of the embed page, named “Chart: <title>”, full width, as tall as asked, borderless and lazy', () => {
    const code = embedCode({ url: 'https://example.org/arms-report/embed/chart-mi35/', title: 'The Mi-35 deal', height: 440.2 });
    const iframe = select('iframe', fromHtml(code, { fragment: true }));
    expect(iframe?.properties).toMatchObject({
      src: 'https://example.org/arms-report/embed/chart-mi35/',
      title: 'Chart: The Mi-35 deal',
      width: '100%',
      height: 441,
      style: 'border:0',
      loading: 'lazy',
    });
  });

  test('escapes a title or address so it cannot end the attribute or open a tag', () => {
    const code = embedCode({ url: 'https://example.org/?a=1&b="2"', title: 'A "quoted" <b>title</b> & more', height: 400 });
    const iframe = select('iframe', fromHtml(code, { fragment: true }));
    expect(iframe?.properties.title).toBe('Chart: A "quoted" <b>title</b> & more');
    expect(iframe?.properties.src).toBe('https://example.org/?a=1&b="2"');
    expect(code).not.toContain('<b>');
  });
});

describe('embedHeight', () => {
  test('is the chart’s own height plus room for its title, takeaway and source line', () => {
    expect(embedHeight(spec)).toBe(chartHeight(spec) + 300);
  });
});
