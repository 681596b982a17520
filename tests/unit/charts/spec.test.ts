import { describe, expect, test } from 'vitest';
import { parseSpec } from '../../../src/lib/charts/spec';

const good = { form: 'units', labels: ['Delivered', 'Not'], values: [12, 12], displays: ['12', '12'], derived: [true, true] };
const json = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });

describe('parseSpec', () => {
  test.each([
    { what: 'a unit chart of whole counts', text: json({}) },
    { what: 'a stacked bar of fractional values', text: json({ form: 'stack', values: [0.5, 1.5] }) },
    { what: 'bars with a note', text: json({ form: 'bars', values: [123e6, 3.7e9], note: 'almost 30 times as much' }) },
    { what: 'a unit row of none', text: json({ values: [0, 12] }) },
  ])('reads $what as written', ({ text }) => {
    expect(parseSpec(text, 'chart-x')).toEqual(JSON.parse(text));
  });

  test.each([
    { what: 'no attribute at all', text: undefined },
    { what: 'null', text: 'null' },
    { what: 'an unknown form', text: json({ form: 'pie' }) },
    { what: 'no parts', text: json({ labels: [], values: [], displays: [], derived: [] }) },
    { what: 'a value missing', text: json({ values: [12] }) },
    { what: 'a display missing', text: json({ displays: ['12'] }) },
    { what: 'a derived flag missing', text: json({ derived: [true] }) },
    { what: 'a fractional unit count', text: json({ values: [12.5, 12] }) },
    { what: 'a negative unit count', text: json({ values: [12, -1] }) },
    { what: 'no labels', text: json({ labels: undefined }) },
    { what: 'no values', text: json({ values: undefined }) },
    { what: 'labels that are not a list', text: json({ labels: 'ab' }) },
  ])('refuses $what, naming the chart', ({ text }) => {
    expect(() => parseSpec(text, 'chart-mi35')).toThrow(/^chart chart-mi35: data-chart is malformed$/u);
  });

  test('an attribute that is not JSON at all stops with the parser’s error', () => {
    expect(() => parseSpec('{form', 'chart-x')).toThrow(SyntaxError);
  });
});
