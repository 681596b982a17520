import { describe, expect, test } from 'vitest';
import { charts } from '../../src/data/charts';
import { chartModel } from '../../src/lib/figures/chart-model';
import { claims, events, figures, ledgerInput } from '../../src/data/figures';
import { articleBlocks } from '../../src/lib/article/contract';
import { ledgerLocations, uncoveredNumbers } from '../../src/lib/figures/coverage';
import { checkLedger } from '../../src/lib/figures/ledger';
import { scanQuantities } from '../../src/lib/figures/quantities';
import type { Figure } from '../../src/lib/figures/types';
import { formatDate } from '../../src/lib/site/dates';
import anchors from '../../src/data/published-anchors.json' with { type: 'json' };
import { readArticle } from '../support/article';
import { passed, problems } from '../support/checked';

// Each test runs the real check itself, so a mutation run can tell which tests reach which code.
const article = () => articleBlocks(readArticle().body).paragraphs;
const checked = () => passed(checkLedger(ledgerInput, article()));
const figure = (id: string) => {
  const found = checked().figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
};
// The article's paragraphs with one of them edited; an edit that changes nothing fails the test.
const editParagraph = (n: number, edit: (text: string) => string) =>
  article().map((text, i) => {
    if (i !== n - 1) return text;
    const changed = edit(text);
    if (changed === text) throw new Error(`the edit changed nothing in ¶${n}`);
    return changed;
  });
const stated = figures.filter((f) => f.kind === 'stated');
const derived = figures.filter((f) => f.kind === 'derived');

// The ledger's own words first: these need no check of the article, so a broken entry is named quickly.
describe('the ledger’s own words', () => {
  const entries = [...figures, ...claims, ...events];

  test('labels and notes type no amounts: numbers enter only through quotes and arithmetic', () => {
    const texts = entries.flatMap((entry) => [entry.label, ('note' in entry && entry.note) || '']);
    const typed = texts.flatMap((text) => scanQuantities(text).filter((q) => q.kind === 'number').map((q) => `${q.text} in “${text}”`));
    expect(typed).toEqual([]);
  });

  test('every label, note, period and inferred date says something: none is blank', () => {
    const fields = entries.flatMap((entry) =>
      (['label', 'note', 'period', 'inferred'] as const).flatMap((key) => (key in entry ? [[`${entry.id}.${key}`, String(entry[key as keyof typeof entry])]] : [])),
    );
    expect(fields.length).toBeGreaterThan(entries.length);
    expect(fields.filter(([, text]) => text!.trim() === '').map(([where]) => where)).toEqual([]);
  });

  test('every id is lower-case words joined by hyphens, as page anchors and file names need', () => {
    expect(entries.filter((entry) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(entry.id)).map((entry) => entry.id)).toEqual([]);
  });
});

describe('stated figures match the article’s words', () => {
  test.each(stated.map((f) => [f.id, f] as const))('%s: the check finds its quote once, in the paragraph and sentence that say it', (id, declared) => {
    const found = figure(id);
    if (found.kind !== 'stated') throw new Error(`${id} is not stated`);
    const { paragraph, start, end, sentence } = found.location;
    expect(article()[paragraph - 1]!.slice(start, end)).toBe(declared.quote);
    expect(sentence).toContain(declared.quote);
  });

  test.each(stated.map((f) => [f.id, f] as const))('%s: a value in figures.ts that its words do not say is refused, naming the figure', (id, declared) => {
    const changed: Figure[] = figures.map((f) => (f.id === id ? { ...declared, value: declared.value + 1 } : f));
    const quote = declared.quote.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    expect(problems(checkLedger({ ...ledgerInput, figures: changed }, article()))).toContainEqual(
      expect.stringMatching(new RegExp(`^figure "${id}": “${quote}” \\(¶\\d+\\) says .* but figures\\.ts has .* ${declared.value + 1} ${declared.unit}$`, 'u')),
    );
  });

  test.each([
    { id: 'cooperation-total', paragraph: 2, value: 4_000_000_000 },
    { id: 'offensive-delivery', paragraph: 3, value: 1_000_000_000 },
    { id: 'mi35-count', paragraph: 7, value: 24 },
    { id: 'mi35-deal', paragraph: 7, value: 360_000_000 },
    { id: 'spending-rise', paragraph: 12, value: 30 },
    { id: 'spending-2013', paragraph: 12, value: 3_700_000_000 },
  ])('the brief’s figure $id is $value, found in ¶$paragraph', ({ id, paragraph, value }) => {
    const found = figure(id);
    expect(found.value).toBe(value);
    expect(found.kind === 'stated' && found.location.paragraph).toBe(paragraph);
  });

  test('changing “$4 billion” to “$5 billion” in the article is refused, naming the figure and what was found', () => {
    const drifted = editParagraph(2, (p) => p.replace('measured at $4 billion', 'measured at $5 billion'));
    expect(problems(checkLedger(ledgerInput, drifted))).toEqual([
      'figure "cooperation-total": “is measured at $4 billion” is not in the article; found “is measured at $5 billion” in ¶2 instead',
    ]);
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
    expect(figure(id).value).toBe(expected);
  });

  test('the spending implied at the start of the decade is about $123 million ($3.7 billion / almost 30)', () => {
    expect(figure('spending-start').value).toBeCloseTo(123_333_333.33, 1);
  });

  // What each note says the arithmetic is, written out by hand: the formula readers see on the ledger page, and
  // the unit that arithmetic gives (dollars shared by a count are dollars; dollars over dollars are a share).
  test.each([
    { id: 'mi35-unit-price', formula: 'mi35-deal ÷ mi35-count', unit: 'USD' },
    { id: 'mi35-delivered', formula: 'mi35-count × mi35-delivered-share', unit: 'count' },
    { id: 'mi35-not-reported', formula: 'mi35-count − mi35-delivered', unit: 'count' },
    { id: 'spending-start', formula: 'spending-2013 ÷ spending-rise', unit: 'USD' },
    { id: 'delivery-share', formula: 'offensive-delivery ÷ cooperation-total', unit: 'share' },
    { id: 'cooperation-unspecified', formula: 'cooperation-total − offensive-delivery − mi35-deal', unit: 'USD' },
  ])('$id is computed as $formula, in $unit', ({ id, formula, unit }) => {
    const found = figure(id);
    expect(found.kind === 'derived' && found.formula).toBe(formula);
    expect(found.unit).toBe(unit);
  });

  test.each([
    { id: 'spending-start', approximate: true, why: 'the rise is “almost” 30 times' },
    { id: 'delivery-share', approximate: true, why: 'the delivery is “around” $1 billion' },
    { id: 'cooperation-unspecified', approximate: true, why: 'the delivery is “around” $1 billion' },
    { id: 'mi35-unit-price', approximate: false, why: 'both inputs are exact' },
    { id: 'mi35-delivered', approximate: false, why: 'both inputs are exact' },
    { id: 'mi35-not-reported', approximate: false, why: 'both inputs are exact' },
  ])('$id is approximate: $approximate ($why)', ({ id, approximate }) => {
    expect(figure(id).approximate).toBe(approximate);
  });

  test('no derived figure has a value typed in', () => {
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.filter((f) => 'value' in f).map((f) => f.id)).toEqual([]);
  });
});

describe('claims and events stand in the article', () => {
  test.each([...claims, ...events].map((entry) => [entry.id, entry] as const))('%s: the check finds its words once, in the paragraph that says them', (id, entry) => {
    const found = [...checked().claims, ...checked().events].find((e) => e.id === id);
    expect(found).toBeDefined();
    const { paragraph, start, end } = found!.location;
    expect(article()[paragraph - 1]!.slice(start, end)).toBe(entry.quote);
  });

  test.each([
    {
      change: 'a claim whose words are gone',
      paragraphs: () => editParagraph(8, (p) => p.replace('dozens of modern warplanes', 'many modern warplanes')),
      problem: 'claim "warplanes-refused": “dozens of modern warplanes” is not in the article; nothing like it was found',
    },
    {
      change: 'an event whose dating words changed',
      paragraphs: () => editParagraph(8, (p) => p.replace('reported in January', 'reported in February')),
      problem: 'event "event-s300-cancelled": “reported in January” is not in the article; nothing like it was found',
    },
    {
      change: 'an event whose words now stand twice',
      paragraphs: () => editParagraph(13, (p) => `${p} APA said in April that it had nothing to add.`),
      problem: 'event "event-warplanes": “said in April” occurs 2 times (¶8, ¶13): lengthen the quote until it is unique',
    },
  ])('$change is refused, naming it', ({ paragraphs, problem }) => {
    expect(problems(checkLedger(ledgerInput, paragraphs()))).toEqual([problem]);
  });

  test('each claim is of a kind the ledger page names; a date names a year and a restatement a figure', () => {
    expect(claims.filter((c) => !['unquantified', 'date', 'context', 'restatement'].includes(c.kind)).map((c) => c.id)).toEqual([]);
    const dates = claims.filter((c) => c.kind === 'date');
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.filter((c) => !/\b\d{4}\b/u.test(c.quote)).map((c) => c.id)).toEqual([]);
    const restatements = claims.filter((c) => c.kind === 'restatement');
    expect(restatements.length).toBeGreaterThan(0);
    expect(restatements.filter((c) => !figures.some((f) => 'restates' in c && f.id === c.restates)).map((c) => c.id)).toEqual([]);
  });
});

describe('coverage: every number in the article is in the ledger', () => {
  test('no number, year, ordinal or unquantified amount is left unaccounted for', () => {
    expect(uncoveredNumbers(article(), ledgerLocations(checked()))).toEqual([]);
  });

  test('a number added to the text is caught and named, and stops the build', () => {
    const edited = editParagraph(9, (p) => `${p} Baku also ordered 40 howitzers.`);
    expect(uncoveredNumbers(edited, ledgerLocations(checked()))).toEqual([{ paragraph: 9, text: '40', sentence: 'Baku also ordered 40 howitzers.' }]);
    expect(problems(checkLedger(ledgerInput, edited))).toEqual([
      'no figure or claim: “40” in ¶9 (“Baku also ordered 40 howitzers.”) is not accounted for: add it to src/data/figures.ts as a figure or a claim',
    ]);
  });
});

describe('charts', () => {
  const models = () => {
    const ledger = checked();
    return charts.map((chart) => chartModel(chart, ledger));
  };
  const model = (id: string) => models().find((chart) => chart.id === id)!;

  test('there is one chart per idea, each in its form and anchored to a paragraph of its own', () => {
    expect(models().map((chart) => [chart.id, chart.form])).toEqual([
      ['chart-deals', 'stack'],
      ['chart-mi35', 'units'],
      ['chart-spending', 'bars'],
    ]);
    expect(new Set(models().map((chart) => chart.anchor.paragraph)).size).toBe(charts.length);
  });

  test('the part-to-whole chart’s parts add up to the $4 billion Aliyev gave', () => {
    const deals = model('chart-deals');
    expect(deals.rows.filter((row) => !row.drawn)[0]?.figure.value).toBe(4_000_000_000);
    expect(deals.spec.values).toEqual([1_000_000_000, 360_000_000, 2_640_000_000]);
  });

  test('the Mi-35 units are the 24 gunships, 12 reported delivered and 12 not', () => {
    const mi35 = model('chart-mi35');
    expect([mi35.rows[0]?.figure.value, ...mi35.spec.values]).toEqual([24, 12, 12]);
  });

  // Each line worked out by hand from the article's numbers: $1 billion of $4 billion is 25 %; $4 billion less
  // $1 billion less $360 million is $2.64 billion; $360 million over 24 is $15 million; half of 24 is 12;
  // $3.7 billion over almost 30 is about $123 million; 2013, the talks' year, less Aliyev's decade is 2003.
  test.each([
    {
      id: 'chart-deals',
      title: 'What the $4 billion is made of',
      takeaway:
        'The delivery now under way, around $1 billion, is about 25% of the total Aliyev gave; with the Mi-35 deal of 2010, $360 million, it leaves about $2.64 billion that the report does not itemise.',
      labels: ['Offensive weapons being delivered', 'Mi-35 gunship deal', 'Not itemised in the report'],
      table: ['All cooperation since 2010', 'Offensive weapons being delivered', 'Mi-35 gunship deal', 'Not itemised in the report', 'The delivery’s share of the total'],
      key: 'Russian–Azerbaijani arms cooperation since 2010, in Aliyev’s words: $4 billion',
    },
    {
      id: 'chart-mi35',
      title: 'The Mi-35 deal: 24 gunships at $15 million each',
      takeaway: '12 of them (50%) were reportedly delivered in 2011 and 2012; the report is silent on the rest.',
      labels: ['Delivered in 2011 and 2012', 'Not reported as delivered'],
      table: ['Gunships ordered', 'Delivered in 2011 and 2012', 'Not reported as delivered', 'Share delivered', 'Combined price', 'Price per gunship'],
      key: 'per Mi-35 gunship, from the combined price: $15 million',
    },
    {
      id: 'chart-spending',
      title: 'Military spending over Aliyev’s decade: almost 30 times higher',
      takeaway: 'Annual spending reached $3.7 billion; the level implied at the start of the decade is about $123 million.',
      labels: ['2003, a decade before', '2013, the year of the talks'],
      table: ['2003, a decade before', '2013, the year of the talks', 'Rise over the decade', 'Length of Aliyev’s rule'],
      key: 'the rise in Azerbaijan’s military spending under Aliyev: almost 30 times',
      note: 'almost 30 times as much',
    },
  ])('$id says what its figures say: “$title”', ({ id, title, takeaway, labels, table, key, note }) => {
    const chart = model(id);
    expect([chart.title, chart.takeaway, chart.spec.labels, `${chart.key.label}: ${chart.key.display}`, chart.spec.note]).toEqual([title, takeaway, labels, key, note]);
    expect(chart.rows.map((row) => row.label)).toEqual(table);
  });

  test('every figure a chart’s words name is in its table, so a reader can check each number', () => {
    const named = charts.flatMap((chart) => {
      const ids = new Set<string>();
      const ledger = checked();
      const fig = (id: string) => {
        ids.add(id);
        return ledger.figures.find((f) => f.id === id)!;
      };
      const text = { fig, v: (id: string) => String(fig(id).value), year: () => 2013 };
      const words = [chart.title, chart.takeaway, ...chart.parts.map((part) => part.label), 'note' in chart ? chart.note : undefined];
      for (const say of words) if (typeof say === 'function') say(text);
      const table = new Set(model(chart.id).rows.map((row) => row.figure.id));
      return [...ids].filter((id) => !table.has(id)).map((id) => `${chart.id}: ${id}`);
    });
    expect(named).toEqual([]);
    // The words do name figures: the check above has something to check.
    expect(model('chart-deals').rows.map((row) => row.figure.id)).toContain('delivery-share');
  });

  test('every chart id ever published still lands on a chart, as its id or an alias', () => {
    const published = anchors['/'].filter((id) => id.startsWith('chart-'));
    expect(published.length).toBeGreaterThanOrEqual(charts.length);
    const landing = new Set(models().flatMap((chart) => [chart.id, ...chart.aliases]));
    expect(published.filter((id) => !landing.has(id))).toEqual([]);
  });
});

describe('timeline dates agree with the words and figures that date them', () => {
  const { frontmatter } = readArticle();
  const talks = frontmatter.event.date.toISOString().slice(0, 10);
  const year = talks.slice(0, 4);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const event = (id: string) => events.find((e) => e.id === id);

  test.each(events.filter((e) => /\b\d{4}\b/u.test(e.quote)).map((e) => [e.id, e] as const))('%s is dated in the year its quote names', (_id, e) => {
    expect(e.date.startsWith(/\b(\d{4})\b/u.exec(e.quote)![1]!)).toBe(true);
  });

  test('an event whose words name a month is dated in that month of the talks’ year', () => {
    const named = events.flatMap((e) => months.flatMap((month, i) => (e.quote.includes(month) ? [[e.id, e.date, `${year}-${String(i + 1).padStart(2, '0')}`]] : [])));
    // January, April, May and June: four events are dated by a month's name alone.
    expect(named).toHaveLength(4);
    expect(named.filter(([, date, expected]) => date !== expected)).toEqual([]);
  });

  test.each([
    { id: 'event-talks', date: talks, why: '“on Tuesday” is the talks’ day, 13 August 2013' },
    { id: 'event-vedomosti-total', date: '2013-08-14', why: 'Vedomosti spoke “on Wednesday”, the day after the talks' },
    { id: 'event-hakobian', date: '2013-07', why: '“late last month” is July, the month before the talks' },
    { id: 'event-radar-lease', date: '2012', why: '“late last year”, in a report of January 2013' },
  ])('$id is dated $date: $why', ({ id, date }) => {
    expect(event(id)?.date).toBe(date);
  });

  test('the contracts “signed two years ago” are dated from the talks’ year less the stated age', () => {
    expect(event('event-offensive-contracts')?.date).toBe(String(Number(year) - figure('contract-age').value));
  });

  test('every event is dated no later than the day after the talks, in a form the timeline can print', () => {
    expect(events.filter((e) => e.date > '2013-08-14').map((e) => e.id)).toEqual([]);
    expect(events.map((e) => formatDate(e.date)).filter((text) => text === '')).toEqual([]);
  });
});
