import { describe, expect, test } from 'vitest';
import { sectionParagraphs } from '../../../src/lib/share/section-leads';

// The shape rehypeSections and rehypeSectionLinks give the article: a section, its wrapped heading, its paragraphs.
const section = (id: string, paragraphs: string) =>
  `<section class="article-section" aria-labelledby="${id}"><header class="heading-wrap"><h2 id="${id}">${id}</h2><a class="self-link" href="#${id}"></a></header>${paragraphs}</section>`;

describe('sectionParagraphs', () => {
  test('lists each section’s paragraphs by position and the text of its first, as a reader sees it', () => {
    const html =
      section(
        'first',
        '<p id="p-1">It was <a class="figure-ref" href="#x"><data value="4">$4 billion</data></a>.\n Then more. <a class="pilcrow" href="#p-1"></a></p><p id="p-2">Two.</p>',
      ) + section('second', '<p id="p-3">Three.</p>');
    expect(sectionParagraphs(html)).toEqual([
      { id: 'first', paragraphs: [1, 2], lead: 'It was $4 billion. Then more.' },
      { id: 'second', paragraphs: [3], lead: 'Three.' },
    ]);
  });

  test('counts only the article’s own paragraphs standing in the section, by their ids', () => {
    const html = section(
      'mixed',
      '<p class="note">Our note.</p><p id="q-9">Another kind of id.</p><div><p id="p-8">Nested deeper.</p></div><p id="p-2">Two.</p><p id="p-3">Three.</p>',
    );
    expect(sectionParagraphs(html)).toEqual([{ id: 'mixed', paragraphs: [2, 3], lead: 'Two.' }]);
  });

  test('finds the section’s heading by its id, past a heading without one', () => {
    const html = `<section><h2>No id</h2><div><h2 id="deep">Deep</h2></div><p id="p-1">One.</p></section>`;
    expect(sectionParagraphs(html)).toEqual([{ id: 'deep', paragraphs: [1], lead: 'One.' }]);
  });

  test('gives nothing for an article with no section', () => {
    expect(sectionParagraphs('<p id="p-1">Loose.</p>')).toEqual([]);
  });

  test.each([
    { html: '<section><p id="p-1">No heading.</p></section>', error: /has no heading with an id/u },
    { html: section('empty', '<ul><li>No paragraph</li></ul>'), error: /the section "empty" has no paragraph/u },
  ])('stops on a section it cannot sum up: $error', ({ html, error }) => {
    expect(() => sectionParagraphs(html)).toThrow(error);
  });
});
