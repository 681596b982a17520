import { describe, expect, test } from 'vitest';
import { checkArticle } from '../../src/lib/article/check-article';
import { figureMarks } from '../../src/lib/figures/figure-marks';
import { charts } from '../../src/data/charts';
import { figures, ledgerInput } from '../../src/data/figures';
import { articleFiles } from '../support/article';
import { passed } from '../support/checked';

const { ledger, paragraphs } = passed(checkArticle(articleFiles(), ledgerInput));
const marks = figureMarks(ledger, charts);

describe('the marks on the figures in the text', () => {
  test('every stated figure is marked once, and no other', () => {
    const stated = figures.filter((f) => f.kind === 'stated').map((f) => f.id);
    expect(stated.length).toBeGreaterThan(0);
    expect(marks.map((mark) => mark.figure)).toEqual(stated);
  });

  // Each row worked out by hand from the article and charts.ts: the chart anchored to the figure wins, then the first
  // chart that draws it as a part, then the first that shows it at all (as its whole or in its table); a figure on no
  // chart links to its ledger row.
  test.each([
    { id: 'mi35-deal', paragraph: 7, amount: '$360 million', chart: 'chart-mi35', why: 'chart-mi35 is anchored to it, though chart-deals draws it first' },
    { id: 'offensive-delivery', paragraph: 3, amount: 'around $1 billion', chart: 'chart-deals', why: 'no chart is anchored to it; chart-deals draws it as a part' },
    { id: 'cooperation-total', paragraph: 2, amount: '$4 billion', chart: 'chart-deals', why: 'chart-deals shows it as the whole its parts add up to' },
    { id: 'mi35-count', paragraph: 7, amount: '24', chart: 'chart-mi35', why: 'chart-mi35 shows it as the whole of its units' },
    { id: 'spending-rise', paragraph: 12, amount: 'almost 30 times', chart: 'chart-spending', why: 'chart-spending lists it in its table' },
    { id: 'armenia-planeloads', paragraph: 11, amount: 'as many as 120', chart: undefined, why: 'it is on no chart' },
    { id: 'contract-age', paragraph: 3, amount: 'two years', chart: undefined, why: 'it is on no chart' },
  ])('$id marks “$amount” in ¶$paragraph and links to $chart: $why', ({ id, paragraph, amount, chart }) => {
    const mark = marks.find((m) => m.figure === id);
    expect(mark).toMatchObject({ paragraph, amount });
    expect(mark?.chart).toBe(chart);
    // The span the mark covers holds exactly those words in the article as checked.
    expect(paragraphs[paragraph - 1]?.slice(mark?.start, mark?.end)).toBe(amount);
  });
});
