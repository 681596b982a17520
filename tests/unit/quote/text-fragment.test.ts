import { describe, expect, test } from 'vitest';
import { encodeTerm, quoteFragment, textDirective, wholeWords } from '../../../src/lib/quote/text-fragment';

const P7 =
  'Moscow also reportedly agreed in 2010 to sell 24 Mi-35 helicopter gunships for a combined $360 million. According to the Azerbaijani media, half of them were delivered to Azerbaijan’s armed forces in 2011 and 2012.';
const span = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

describe('encodeTerm', () => {
  test('percent-encodes what a text directive’s syntax uses (-, & and ,) as well as what a URL component must', () => {
    expect(encodeTerm('Mi-35, S-300 & “more”')).toBe('Mi%2D35%2C%20S%2D300%20%26%20%E2%80%9Cmore%E2%80%9D');
  });
});

describe('wholeWords', () => {
  test.each([
    { selected: 'elivere', whole: 'delivered' },
    { selected: 'zerbaijan’', whole: 'Azerbaijan’s' },
    { selected: '60 mil', whole: '$360 million' },
    { selected: ' half of ', whole: 'half of' },
  ])('widens “$selected” to the whole words “$whole”, where a browser can match it', ({ selected, whole }) => {
    const { start, end } = span(P7, selected);
    const widened = wholeWords(P7, start, end);
    expect(P7.slice(widened!.start, widened!.end)).toBe(whole.startsWith('$') ? whole.slice(1) : whole);
  });

  test('gives nothing for a selection of spaces or of nothing', () => {
    expect(wholeWords('a  b', 1, 3)).toBeNull();
    expect(wholeWords('a b', 1, 1)).toBeNull();
  });
});

describe('textDirective', () => {
  test('names the quote with up to three words of its paragraph on each side, each term encoded', () => {
    const { start, end } = span(P7, 'helicopter gunships');
    expect(textDirective(P7, start, end)).toBe('text=sell%2024%20Mi%2D35-,helicopter%20gunships,-for%20a%20combined');
  });

  test('takes no prefix at the start of the paragraph and no suffix at its end', () => {
    expect(textDirective(P7, 0, 'Moscow also'.length)).toBe('text=Moscow%20also,-reportedly%20agreed%20in');
    expect(textDirective(P7, P7.indexOf('2011 and 2012.'), P7.length)).toBe('text=armed%20forces%20in-,2011%20and%202012.');
  });

  test('names a long quote by its first and last five words', () => {
    const long = `${'word '.repeat(20)}one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six twenty-seven twenty-eight twenty-nine thirty thirty-one thirty-two thirty-three thirty-four thirty-five thirty-six thirty-seven thirty-eight thirty-nine forty.`;
    const start = long.indexOf('one two');
    const directive = textDirective(long, start, long.length);
    expect(directive).toBe(`text=word%20word%20word-,one%20two%20three%20four%20five,thirty%2Dsix%20thirty%2Dseven%20thirty%2Deight%20thirty%2Dnine%20forty.`);
  });

  test('names a long quote whole when its last words also stand earlier in it, so the match cannot end too soon', () => {
    const repeated = `${'the same five words here '.repeat(16)}`.trim();
    const directive = textDirective(repeated, 0, repeated.length)!;
    expect(decodeURIComponent(directive.slice('text='.length))).toBe(repeated);
  });

  test('gives nothing when only spaces are selected', () => {
    expect(textDirective('a  b', 1, 3)).toBeNull();
  });

  test('writes a run of spaces or a line break inside the quote or its context as one space', () => {
    const text = 'one  two\nthree   four five\n six';
    expect(textDirective(text, text.indexOf('three'), text.indexOf(' five'))).toBe('text=one%20two-,three%20four,-five%20six');
  });

  // Words of given lengths, each of its own letter, so a quote's last words never stand earlier in it.
  const wordsOf = (...lengths: number[]) => lengths.map((n, i) => String.fromCharCode(97 + i).repeat(n)).join(' ');
  test.each([
    { name: 'of 40 short words, under 300 characters', quote: wordsOf(...Array<number>(40).fill(5)), length: 239, terms: 1 },
    { name: 'of exactly 300 characters in 11 words', quote: wordsOf(...Array<number>(10).fill(26), 30), length: 300, terms: 1 },
    { name: 'of 301 characters in 11 words', quote: wordsOf(...Array<number>(10).fill(27), 21), length: 301, terms: 2 },
    { name: 'of over 300 characters in only 10 words', quote: wordsOf(...Array<number>(10).fill(35)), length: 359, terms: 1 },
    { name: 'of over 300 characters in 11 words', quote: wordsOf(...Array<number>(11).fill(35)), length: 395, terms: 2 },
  ])('a quote $name is named by $terms term(s)', ({ quote, length, terms }) => {
    expect(quote).toHaveLength(length);
    const directive = textDirective(quote, 0, quote.length)!;
    expect(directive.slice('text='.length).split(',')).toHaveLength(terms);
  });
});

describe('quoteFragment', () => {
  test('is the paragraph’s id, the fragment directive delimiter and the text directive', () => {
    const { start, end } = span(P7, 'half of them were delivered');
    expect(quoteFragment('p-7', P7, start, end)).toBe(
      'p-7:~:text=the%20Azerbaijani%20media%2C-,half%20of%20them%20were%20delivered,-to%20Azerbaijan%E2%80%99s%20armed',
    );
    expect(quoteFragment('p-7', P7, 3, 3)).toBeNull();
  });
});
