import { describe, expect, test } from 'vitest';
import { toCsv } from '../../../src/lib/share/csv';

describe('toCsv', () => {
  test('quotes commas, quotes and line breaks, and ends lines with CRLF', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        { a: 'plain', b: 'has, comma' },
        { a: 'say "hi"', b: 'two\nlines' },
        { a: null, b: 3 },
      ],
    );
    expect(csv).toBe('a,b\r\nplain,"has, comma"\r\n"say ""hi""","two\nlines"\r\n,3\r\n');
  });

  test('writes an empty cell for a missing value, and false and 0 as themselves', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [{ a: undefined, b: null, c: false, d: 0 }])).toBe('a,b,c,d\r\n,,false,0\r\n');
  });
});
