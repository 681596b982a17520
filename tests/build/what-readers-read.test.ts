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
