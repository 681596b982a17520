import { describe, expect, test } from 'vitest';
import { figureMarks } from '../../src/data/figure-marks';
import { charts } from '../../src/data/charts';
import { figures } from '../../src/data/figures';

describe('the marks on the figures in the text', () => {
  test('every stated figure is marked once, and no other', () => {
    const stated = figures.filter((f) => f.kind === 'stated').map((f) => f.id);
    expect(stated.length).toBeGreaterThan(0);
    expect(figureMarks('/').map((mark) => mark.id)).toEqual(stated);
  });

  // Each row worked out by hand from charts.ts: the chart anchored to the figure wins, then the first chart that
  // draws it as a part, then the first that shows it at all (as its whole or in its table); a figure on no chart
  // links to its ledger row.
  test.each([
    { id: 'mi35-deal', amount: '$360 million', href: '#chart-mi35', why: 'chart-mi35 is anchored to it, though chart-deals draws it first' },
    { id: 'offensive-delivery', amount: 'around $1 billion', href: '#chart-deals', why: 'no chart is anchored to it; chart-deals draws it as a part' },
    { id: 'cooperation-total', amount: '$4 billion', href: '#chart-deals', why: 'chart-deals shows it as the whole its parts add up to' },
    { id: 'mi35-count', amount: '24', href: '#chart-mi35', why: 'chart-mi35 shows it as the whole of its units' },
    { id: 'spending-rise', amount: 'almost 30 times', href: '#chart-spending', why: 'chart-spending lists it in its table' },
    { id: 'armenia-planeloads', amount: 'as many as 120', href: '/arms-report/figures/#armenia-planeloads', why: 'it is on no chart' },
    { id: 'contract-age', amount: 'two years', href: '/arms-report/figures/#contract-age', why: 'it is on no chart' },
  ])('$id wraps “$amount” and links to $href: $why', ({ id, amount, href }) => {
    const mark = figureMarks('/arms-report').find((m) => m.id === id);
    const declared = figures.find((f) => f.id === id);
    expect(mark).toEqual({ id, quote: declared && 'quote' in declared ? declared.quote : undefined, amountText: amount, value: declared && 'value' in declared ? declared.value : undefined, href });
  });

  test('a figure no chart is anchored to links to the first chart that draws it, before an earlier one that only tabulates it', () => {
    // chart-mi35, moved first and anchored elsewhere, still lists the $360 million deal in its table; chart-deals draws it.
    const [deals, mi35, spending] = charts;
    const reordered = [{ ...mi35!, anchor: 'mi35-count' }, deals!, spending!];
    expect(figureMarks('/', { figures, charts: reordered }).find((m) => m.id === 'mi35-deal')?.href).toBe('#chart-deals');
    // And with no chart that draws it, the one that tabulates it.
    const tabledOnly = [{ ...mi35!, anchor: 'mi35-count' }, spending!];
    expect(figureMarks('/', { figures, charts: tabledOnly }).find((m) => m.id === 'mi35-deal')?.href).toBe('#chart-mi35');
  });
});
