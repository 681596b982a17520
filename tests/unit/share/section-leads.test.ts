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

  test.each([
    { html: '<section><p id="p-1">No heading.</p></section>', error: /has no heading with an id/u },
    { html: section('empty', '<ul><li>No paragraph</li></ul>'), error: /the section "empty" has no paragraph/u },
  ])('stops on a section it cannot sum up: $error', ({ html, error }) => {
    expect(() => sectionParagraphs(html)).toThrow(error);
  });
});
