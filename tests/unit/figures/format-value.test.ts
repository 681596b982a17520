import { describe, expect, test } from 'vitest';
import { formatAmount, formatFigure } from '../../../src/lib/figures/format-value';

describe('formatFigure', () => {
  test.each([
    { figure: { value: 4e9, unit: 'USD' as const }, text: '$4 billion' },
    { figure: { value: 3.7e9, unit: 'USD' as const }, text: '$3.7 billion' },
    { figure: { value: 2.64e9, unit: 'USD' as const, approximate: true }, text: 'about $2.64 billion' },
    { figure: { value: 3.7e9 / 30, unit: 'USD' as const, approximate: true }, text: 'about $123 million' },
    { figure: { value: 15e6, unit: 'USD' as const }, text: '$15 million' },
    { figure: { value: 1e9, unit: 'USD' as const, qualifier: 'around' as const }, text: 'around $1 billion' },
    { figure: { value: 30, unit: 'multiple' as const, qualifier: 'almost' as const }, text: 'almost 30 times' },
    { figure: { value: 0.25, unit: 'share' as const, approximate: true }, text: 'about 25%' },
    { figure: { value: 1200, unit: 'count' as const }, text: '1,200' },
    { figure: { value: 7, unit: 'years' as const }, text: '7 years' },
    { figure: { value: 1, unit: 'years' as const }, text: '1 year' },
    { figure: { value: 1e6, unit: 'USD' as const }, text: '$1 million' },
    { figure: { value: 120, unit: 'count' as const, qualifier: 'as many as' as const }, text: 'as many as 120' },
    { figure: { value: 12, unit: 'count' as const, qualifier: 'over' as const }, text: 'over 12' },
    { figure: { value: 2, unit: 'years' as const, qualifier: 'exact' as const }, text: '2 years' },
  ])('prints $figure.value $figure.unit as "$text"', ({ figure, text }) => {
    expect(formatFigure(figure)).toBe(text);
  });

  test('prints small dollar amounts in full', () => {
    expect(formatAmount(950_000, 'USD')).toBe('$950,000');
  });
});
