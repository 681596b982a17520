import { expect, test } from 'vitest';
import { plural } from '../../../src/lib/site/plural';

test.each([
  [0, 'paragraph', undefined, '0 paragraphs'],
  [1, 'paragraph', undefined, '1 paragraph'],
  [13, 'paragraph', undefined, '13 paragraphs'],
  [1, 'of them was', 'of them were', '1 of them was'],
  [12, 'of them was', 'of them were', '12 of them were'],
])('plural(%i, %s, %s) is "%s"', (count, one, many, text) => {
  expect(plural(count, one, many)).toBe(text);
});
