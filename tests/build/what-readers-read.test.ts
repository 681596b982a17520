import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, loadPage } from '../support/dist';

// What a reader reads in the page's own sections, written out by hand from the article and charts.ts: a change of
// order, value or words in the build must fail here, whatever the code that made it says.
let page: ReturnType<typeof loadPage>;

beforeAll(() => {
  assertBuilt();
  page = loadPage('index.html');
});

describe('the page’s own sections, as a reader reads them', () => {
  test('the key figures card shows each chart’s key figure, value and words, linking to its chart', () => {
    const items = selectAll('.key-figures li', page).map((item) => ({
      href: select('a', item)?.properties.href,
      shown: toString(select('data', item)!),
      value: Number(select('data', item)?.properties.value),
      label: toString(select('.label', item)!),
    }));
    expect(items).toEqual([
      { href: '#chart-deals', shown: '$4 billion', value: 4_000_000_000, label: 'Russian–Azerbaijani arms cooperation since 2010, in Aliyev’s words' },
      { href: '#chart-mi35', shown: '$15 million', value: 15_000_000, label: 'per Mi-35 gunship, from the combined price (derived)' },
      { href: '#chart-spending', shown: 'almost 30 times', value: 30, label: 'the rise in Azerbaijan’s military spending under Aliyev' },
    ]);
  });

  test('each figure in the text is marked in its paragraph and links to its chart, or to the ledger where no chart shows it', () => {
    const marks = selectAll('main p[id^="p-"]', page).flatMap((paragraph) =>
      selectAll('a.figure-ref', paragraph).map((mark) => [
        paragraph.properties.id,
        mark.properties.dataFigure,
        mark.properties.href,
        toString(mark),
        Number(select('data', mark)?.properties.value),
      ]),
    );
    // By hand, from the article: the 13 stated figures, in reading order.
    expect(marks).toEqual([
      ['p-2', 'cooperation-total', '#chart-deals', '$4 billion', 4_000_000_000],
      ['p-3', 'offensive-delivery', '#chart-deals', 'around $1 billion', 1_000_000_000],
      ['p-3', 'contract-age', '/figures/#contract-age', 'two years', 2],
      ['p-3', 't90-tanks', '/figures/#t90-tanks', 'around 100', 100],
      ['p-5', 'visit-gap', '/figures/#visit-gap', 'seven years', 7],
      ['p-6', 's300-batteries', '/figures/#s300-batteries', 'two', 2],
      ['p-7', 'mi35-count', '#chart-mi35', '24', 24],
      ['p-7', 'mi35-deal', '#chart-mi35', '$360 million', 360_000_000],
      ['p-7', 'mi35-delivered-share', '#chart-mi35', 'half', 0.5],
      ['p-11', 'armenia-planeloads', '/figures/#armenia-planeloads', 'as many as 120', 120],
      ['p-12', 'spending-rise', '#chart-spending', 'almost 30 times', 30],
      ['p-12', 'spending-2013', '#chart-spending', '$3.7 billion', 3_700_000_000],
      ['p-12', 'aliyev-rule', '#chart-spending', 'decade-long', 10],
    ]);
  });

  test('a screen reader hears each chart as one description: its form, its title, then its parts and values', () => {
    expect(selectAll('figure.chart .chart-canvas', page).map((box) => box.properties.ariaLabel)).toEqual([
      'Stacked bar: What the $4 billion is made of. Parts of $4 billion: Offensive weapons being delivered, around $1 billion; Mi-35 gunship deal, $360 million; Not itemised in the report, about $2.64 billion (derived).',
      'Unit chart: The Mi-35 deal: 24 gunships at $15 million each. Parts of 24: Delivered in 2011 and 2012, 12 (derived); Not reported as delivered, 12 (derived).',
      'Bar chart: Military spending over Aliyev’s decade: almost 30 times higher. 2003, a decade before, about $123 million (derived); 2013, the year of the talks, $3.7 billion; almost 30 times as much.',
    ]);
  });

  test('the timeline lists the report’s dated events earliest first, each dated as the article allows', () => {
    const events = selectAll('ol.chronology > li', page).map((item) => [item.properties.id, toString(select('.when', item)!)]);
    expect(events).toEqual([
      ['event-contracts-2010', '2010'],
      ['event-s300', '2010'],
      ['event-mi35-deal', '2010'],
      ['event-offensive-contracts', '2011'],
      ['event-mi35-deliveries', '2011'],
      ['event-radar-lease', '2012'],
      ['event-s300-cancelled', 'January 2013'],
      ['event-warplanes', 'April 2013'],
      ['event-planeloads', 'May 2013'],
      ['event-vedomosti-june', 'June 2013'],
      ['event-hakobian', 'July 2013'],
      ['event-talks', '13 August 2013'],
      ['event-vedomosti-total', '14 August 2013'],
    ]);
  });

  test('each timeline event links to the paragraph that dates it', () => {
    const sources = selectAll('ol.chronology > li .what a', page).map((link) => [link.properties.href, toString(link)]);
    expect(sources.slice(0, 4)).toEqual([
      ['#p-4', '¶4'],
      ['#p-6', '¶6'],
      ['#p-7', '¶7'],
      ['#p-3', '¶3'],
    ]);
    expect(sources).toHaveLength(13);
    expect(sources.every(([href, text]) => href === `#p-${String(text).slice(1)}`)).toBe(true);
  });
});
