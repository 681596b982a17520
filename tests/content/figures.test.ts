import { describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { claims, events, figures } from '../../src/data/figures';
import { checkedLedger } from '../../src/data/ledger';
import { articleBlocks } from '../../src/lib/article/contract';
import { ledgerLocations, uncoveredNumbers } from '../../src/lib/figures/coverage';
import { parseQuantity, scanQuantities } from '../../src/lib/figures/quantities';
import { readArticle } from '../support/article';

const { body } = readArticle();
const { paragraphs } = articleBlocks(body);
const ledger = checkedLedger(paragraphs);
const value = (id: string) => {
  const figure = ledger.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`no figure ${id}`);
  return figure.value;
};

describe('stated figures match the article’s words', () => {
  const stated = figures.filter((f) => f.kind === 'stated');

  test.each(stated.map((f) => [f.id, f] as const))('%s: its quote stands once in the article and parses to its value', (_id, figure) => {
    const hits = paragraphs.filter((p) => p.includes(figure.quote));
    expect(hits).toHaveLength(1);
    expect(parseQuantity(figure.quote)).toMatchObject({ kind: 'number', value: figure.value, unit: figure.unit });
  });

  test.each([
    { id: 'cooperation-total', paragraph: 2, value: 4_000_000_000 },
    { id: 'offensive-delivery', paragraph: 3, value: 1_000_000_000 },
    { id: 'mi35-count', paragraph: 7, value: 24 },
    { id: 'mi35-deal', paragraph: 7, value: 360_000_000 },
    { id: 'spending-rise', paragraph: 12, value: 30 },
    { id: 'spending-2013', paragraph: 12, value: 3_700_000_000 },
  ])('the brief’s figure $id is $value, found in ¶$paragraph', ({ id, paragraph, value: expected }) => {
    const figure = ledger.figures.find((f) => f.id === id);
    expect(figure?.value).toBe(expected);
    expect(figure?.kind === 'stated' && figure.location.paragraph).toBe(paragraph);
  });

  test('changing “$4 billion” to “$5 billion” in the article is refused, naming the figure and what was found', () => {
    const drifted = paragraphs.map((p) => p.replace('measured at $4 billion', 'measured at $5 billion'));
    expect(() => checkedLedger(drifted)).toThrow(/figure "cooperation-total": “is measured at \$4 billion” is not in the article; found “is measured at \$5 billion” in ¶2 instead/);
  });

  test('changing a figure’s value in figures.ts alone is refused too', () => {
    expect(() => checkedLedger(paragraphs.map((p) => p.replace('24 Mi-35', '26 Mi-35')))).toThrow(/figure "mi35-count"/);
  });
});

describe('derived figures, pinned from first principles', () => {
  test.each([
    { id: 'mi35-unit-price', expected: 15_000_000, why: '$360 million shared by 24 gunships' },
    { id: 'mi35-delivered', expected: 12, why: 'half of 24' },
    { id: 'mi35-not-reported', expected: 12, why: 'the other half of 24' },
    { id: 'delivery-share', expected: 0.25, why: '$1 billion of $4 billion' },
    { id: 'cooperation-unspecified', expected: 2_640_000_000, why: '$4 billion less $1 billion less $360 million' },
  ])('$id is $expected ($why)', ({ id, expected }) => {
    expect(value(id)).toBe(expected);
  });

  test('the spending implied at the start of the decade is about $123 million ($3.7 billion / almost 30)', () => {
    expect(value('spending-start')).toBeCloseTo(123_333_333.33, 1);
    expect(ledger.figures.find((f) => f.id === 'spending-start')?.approximate).toBe(true);
  });

  test('no derived figure has a value typed in', () => {
    for (const figure of figures.filter((f) => f.kind === 'derived')) expect(figure).not.toHaveProperty('value');
  });
});

describe('coverage: every number in the article is in the ledger', () => {
  test('no number, year, ordinal or unquantified amount is left unaccounted for', () => {
    expect(uncoveredNumbers(paragraphs, ledgerLocations(ledger))).toEqual([]);
  });

  test('a number added to the text is caught and named, and stops the build', () => {
    const edited = paragraphs.map((p, i) => (i === 8 ? `${p} Baku also ordered 40 howitzers.` : p));
    expect(uncoveredNumbers(edited, ledgerLocations(ledger))).toEqual([{ paragraph: 9, text: '40', sentence: 'Baku also ordered 40 howitzers.' }]);
    expect(() => checkedLedger(edited)).toThrow(/no figure or claim: “40” in ¶9 \(“Baku also ordered 40 howitzers.”\) is not accounted for/);
  });

  test('every unquantified claim, date and event stands once in the article', () => {
    expect(ledger.claims).toHaveLength(claims.length);
    expect(ledger.events).toHaveLength(events.length);
  });

  test('labels and notes type no amounts: numbers enter only through quotes and arithmetic', () => {
    const texts = [...figures, ...claims, ...events].flatMap((entry) => [entry.label, 'note' in entry ? entry.note : '']);
    const typed = texts.flatMap((text) => scanQuantities(text).filter((q) => q.kind === 'number').map((q) => `${q.text} in “${text}”`));
    expect(typed).toEqual([]);
  });
});

describe('charts', () => {
  test('there is one chart per idea, each in its form and anchored to a paragraph of its own', () => {
    expect(charts.map((chart) => [chart.id, chart.form])).toEqual([
      ['chart-deals', 'stack'],
      ['chart-mi35', 'units'],
      ['chart-spending', 'bars'],
    ]);
    const anchors = charts.map((chart) => {
      const entry = [...ledger.figures, ...ledger.claims].find((e) => e.id === chart.anchor);
      return entry && 'location' in entry ? entry.location.paragraph : undefined;
    });
    expect(anchors.every((p) => typeof p === 'number')).toBe(true);
    expect(new Set(anchors).size).toBe(charts.length);
  });

  test('the part-to-whole chart’s parts add up to the $4 billion Aliyev gave', () => {
    const deals = charts.find((chart) => chart.id === 'chart-deals');
    expect(deals?.form).toBe('stack');
    const parts = deals && 'whole' in deals ? deals.parts.map((part) => value(part.figure)) : [];
    expect(parts).toEqual([1_000_000_000, 360_000_000, 2_640_000_000]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(4_000_000_000);
  });

  test('the Mi-35 units are the 24 gunships, 12 reported delivered and 12 not', () => {
    const mi35 = charts.find((chart) => chart.id === 'chart-mi35');
    expect(mi35 && 'whole' in mi35 ? [value(mi35.whole.figure), ...mi35.parts.map((part) => value(part.figure))] : []).toEqual([24, 12, 12]);
  });
});

describe('timeline dates agree with the words and figures that date them', () => {
  const { frontmatter } = readArticle();
  const talks = frontmatter.event.date.toISOString().slice(0, 10);

  test.each(events.filter((e) => /\b\d{4}\b/u.test(e.quote)).map((e) => [e.id, e] as const))('%s is dated in the year its quote names', (_id, event) => {
    expect(event.date.startsWith(/\b(\d{4})\b/u.exec(event.quote)![1]!)).toBe(true);
  });

  test('the talks are dated as in the frontmatter, and everything else before or just after them', () => {
    expect(events.find((e) => e.id === 'event-talks')?.date).toBe(talks);
    for (const event of events) expect(event.date <= '2013-08-14', event.id).toBe(true);
  });

  test('the contracts “signed two years ago” are dated from the talks’ year less the stated age', () => {
    expect(events.find((e) => e.id === 'event-offensive-contracts')?.date).toBe(String(Number(talks.slice(0, 4)) - value('contract-age')));
  });
});
