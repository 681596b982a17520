import { describe, expect, test } from 'vitest';
import { citationMeta } from '../../../src/lib/cite/citation-meta';

describe('citationMeta', () => {
  test('gives the title, this site as publisher, the page’s URL and its language, in that order', () => {
    expect(citationMeta({ title: 'Arms to Baku', publisher: 'Arms to Baku, checked', url: 'https://example.org/arms/', language: 'en' })).toEqual([
      { name: 'citation_title', content: 'Arms to Baku' },
      { name: 'citation_publisher', content: 'Arms to Baku, checked' },
      { name: 'citation_public_url', content: 'https://example.org/arms/' },
      { name: 'citation_language', content: 'en' },
    ]);
  });

  test.each([
    ['no publisher', { publisher: undefined }, ['citation_title', 'citation_public_url', 'citation_language']],
    ['a blank publisher', { publisher: ' ' }, ['citation_title', 'citation_public_url', 'citation_language']],
    ['no URL', { url: undefined }, ['citation_title', 'citation_publisher', 'citation_language']],
    ['an empty URL', { url: '' }, ['citation_title', 'citation_publisher', 'citation_language']],
    ['no language', { language: undefined }, ['citation_title', 'citation_publisher', 'citation_public_url']],
    ['nothing but a title', { publisher: undefined, url: undefined, language: undefined }, ['citation_title']],
  ])('leaves out a tag it is not given, never writing it empty: %s', (_, edit, names) => {
    const tags = citationMeta({ title: 'Arms to Baku', publisher: 'Arms to Baku, checked', url: 'https://example.org/', language: 'en', ...edit });
    expect(tags.map((tag) => tag.name)).toEqual(names);
    expect(tags.every((tag) => tag.content.trim() !== '')).toBe(true);
  });

  test('trims what it is given', () => {
    expect(citationMeta({ title: '  Arms to Baku ', publisher: ' Site ' })).toEqual([
      { name: 'citation_title', content: 'Arms to Baku' },
      { name: 'citation_publisher', content: 'Site' },
    ]);
  });

  test('never names an author or a date of any kind', () => {
    const names = citationMeta({ title: 'Arms to Baku', publisher: 'Site', url: 'https://example.org/', language: 'en' }).map((tag) => tag.name);
    expect(names.filter((name) => /author|date|year/u.test(name))).toEqual([]);
  });

  test('refuses an empty title, the one tag reference managers cannot do without', () => {
    expect(() => citationMeta({ title: '  ' })).toThrow('citation_title: the title is empty');
  });
});
