import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { bibtexEntry, bibtexText, bibtexUrl, bibtexUrlCommand } from '../../../src/lib/cite/bibtex';

describe('bibtexText', () => {
  test.each([
    ['plain words stay as they are', 'The Mi-35 deal: 24 gunships', 'The Mi-35 deal: 24 gunships'],
    ['an ampersand is escaped', 'Russia & Azerbaijan', 'Russia \\& Azerbaijan'],
    ['a percent sign is escaped, so TeX does not read the rest as a comment', '30% more', '30\\% more'],
    ['a dollar sign is escaped, so TeX does not enter maths', '$4 billion', '\\$4 billion'],
    ['a hash is escaped', 'the #1 buyer', 'the \\#1 buyer'],
    ['an underscore is escaped', 'chart_mi35', 'chart\\_mi35'],
    ['braces become text commands, as BibTeX counts even an escaped brace', 'a {b} c', 'a \\textbraceleft{}b\\textbraceright{} c'],
    ['a lone brace is written the same way, so the entry stays balanced', 'a } b', 'a \\textbraceright{} b'],
    ['a backslash becomes a text command, not the start of one', 'a\\b', 'a\\textbackslash{}b'],
    ['a tilde is text, not a non-breaking space', '~30', '\\textasciitilde{}30'],
    ['a caret is text, not an accent', 'x^2', 'x\\textasciicircum{}2'],
    ['Unicode letters and punctuation are kept as written', 'Russia’s arms – “Smerch”, Ç', 'Russia’s arms – “Smerch”, Ç'],
    [
      'every special character at once, each escaped once',
      '&%$#_{}\\~^',
      '\\&\\%\\$\\#\\_\\textbraceleft{}\\textbraceright{}\\textbackslash{}\\textasciitilde{}\\textasciicircum{}',
    ],
  ])('%s', (_, text, expected) => {
    expect(bibtexText(text)).toBe(expected);
  });
});

describe('bibtexUrl and bibtexUrlCommand', () => {
  test.each([
    ['a plain URL is kept', 'https://azatutyun.am/a/25075315.html', 'https://azatutyun.am/a/25075315.html', '\\url{https://azatutyun.am/a/25075315.html}'],
    [
      'a fragment and a percent-encoding stay in the verbatim field and are escaped inside \\url, an argument of another command',
      'https://example.org/a%20b#chart-mi35',
      'https://example.org/a%20b#chart-mi35',
      '\\url{https://example.org/a\\%20b\\#chart-mi35}',
    ],
    [
      'braces and a backslash are percent-encoded: the same address, and the entry stays balanced',
      'https://example.org/{x}\\y',
      'https://example.org/%7Bx%7D%5Cy',
      '\\url{https://example.org/\\%7Bx\\%7D\\%5Cy}',
    ],
  ])('%s', (_, url, field, command) => {
    expect(bibtexUrl(url)).toBe(field);
    expect(bibtexUrlCommand(url)).toBe(command);
  });
});

describe('bibtexEntry', () => {
  test('writes the type, the key and each field on its own line, in the order given', () => {
    expect(bibtexEntry('misc', 'site-chart', { title: '{A \\& B}', url: 'https://example.org/' })).toBe(
      '@misc{site-chart,\n  title = {{A \\& B}},\n  url = {https://example.org/}\n}',
    );
  });

  test('leaves out a field whose value is absent, rather than writing it empty', () => {
    expect(bibtexEntry('misc', 'k', { title: 'T', author: undefined, year: undefined, note: 'N' })).toBe('@misc{k,\n  title = {T},\n  note = {N}\n}');
  });

  test.each([
    ['a key with a space', 'misc', 'arms to baku', /key "arms to baku" may hold only/u],
    ['a key with a comma, which would end it', 'misc', 'a,b', /key "a,b" may hold only/u],
    ['a key with a brace', 'misc', 'a}b', /key "a\}b" may hold only/u],
    ['an empty key', 'misc', '', /key "" may hold only/u],
    ['a type that is not a lower-case word', 'Misc{', 'k', /entry "k": the type "Misc\{" is not a lower-case word/u],
    ['a type that starts with a digit', '1misc', 'k', /entry "k": the type "1misc" is not a lower-case word/u],
    ['a type that ends with a brace', 'misc{', 'k', /entry "k": the type "misc\{" is not a lower-case word/u],
  ])('refuses %s, naming it', (_, type, key, message) => {
    expect(() => bibtexEntry(type, key, { title: 'T' })).toThrow(message);
  });

  test('an entry with every escape reads back, through a BibTeX parser, as the text that went in', () => {
    const title = 'Arms & money: 50% of $4 billion, #1 buyer, a_b, {braces}, a\\b, ~ and ^';
    const entry = bibtexEntry('misc', 'arms-to-baku-checked-chart-x', {
      title: `{${bibtexText(title)}}`,
      url: bibtexUrl('https://example.org/#chart-x'),
      note: `Source: ${bibtexUrlCommand('https://azatutyun.am/a/25075315.html')}`,
    });
    const library = parse(entry);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    expect(library.entries[0]).toMatchObject({
      type: 'misc',
      key: 'arms-to-baku-checked-chart-x',
      fields: { title: 'Arms & money: 50% of $4 billion, #1 buyer, a_b, {braces}, a\\b, ~ and ^', url: 'https://example.org/#chart-x' },
    });
  });
});
