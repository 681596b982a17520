import type { Element, Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import { unified } from 'unified';
import { type FigureMark, markedSegments, type TextSegment } from '../figures/figure-marks';
import { sentenceAt } from '../figures/sentences';
import { paragraphId } from '../site/routes';
import type { ArticleBlock } from './contract';

/** One of the source's paragraphs as the page sets it. */
export interface ArticleParagraph {
  /** Its published id (`p-7`), from its position in the article. */
  id: string;
  /** Its 1-based position, as readers count it (¶7). */
  number: number;
  /** What a reader sees of it. */
  text: string;
  /** Its first sentence, which sums its section up on a share card. */
  lead: string;
  /** Its text cut around the marked amounts of the stated figures. */
  segments: TextSegment[];
}

/** One of our `##` sections of the article, with the source's paragraphs under it. */
export interface ArticleSection {
  /** Its id, made from its heading by rehype-slug: its deep link and its place in published-anchors.json. */
  id: string;
  title: string;
  /** Old ids of this section, kept as anchors beside its heading so links shared before a rename still land. */
  aliases: string[];
  paragraphs: ArticleParagraph[];
}

/** What sections are made from besides the blocks: the frontmatter's aliases, the marks, the file errors name. */
export interface SectionOptions {
  /** Old section id -> current section id (the frontmatter's `headingAliases`). */
  aliases?: Readonly<Record<string, string>>;
  /** The stated figures' marks, placed by the checked ledger. */
  marks?: readonly FigureMark[];
  /** The article's path, as errors name it. */
  file?: string;
}

// rehype-slug makes the ids, as GitHub does for a heading: the same words always give the same id.
function headingIds(titles: readonly string[]): string[] {
  const headings: Element[] = titles.map((title) => ({ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: title }] }));
  const root: Root = { type: 'root', children: headings };
  unified().use(rehypeSlug).runSync(root);
  return headings.map((heading) => String(heading.properties.id));
}

/**
 * The article's blocks grouped into its sections, each paragraph with its id, lead and marked figures. The page is
 * set from these by structure; a paragraph before the first heading, a section with no paragraph, inline markup,
 * or an alias that points nowhere stops the build, naming the line or the id.
 */
export function articleSections(
  blocks: readonly ArticleBlock[],
  { aliases = {}, marks = [], file = 'content/article.md' }: SectionOptions = {},
): ArticleSection[] {
  const ids = headingIds(blocks.filter((block) => block.kind === 'heading').map((block) => block.text));
  const sections: (Omit<ArticleSection, 'aliases'> & { line: number })[] = [];
  let number = 0;
  for (const block of blocks) {
    if (block.markup) {
      throw new Error(`${file}:${block.line}: the ${block.kind} «${block.text.slice(0, 40)}» holds Markdown ${block.markup}; the page sets plain words only`);
    }
    if (block.kind === 'heading') {
      sections.push({ id: ids[sections.length]!, title: block.text, paragraphs: [], line: block.line });
      continue;
    }
    number += 1;
    const section = sections.at(-1);
    if (!section) throw new Error(`${file}:${block.line}: paragraph ${number} stands before the first ## heading; every paragraph belongs to a section`);
    const own = marks.filter((mark) => mark.paragraph === number);
    section.paragraphs.push({ id: paragraphId(number), number, text: block.text, lead: sentenceAt(block.text, 0), segments: markedSegments(block.text, own) });
  }
  const lost = marks.find((mark) => mark.paragraph > number);
  if (lost) throw new Error(`figure "${lost.figure}": ¶${lost.paragraph} is not in the article, which has ${number} paragraphs`);
  const empty = sections.find((section) => section.paragraphs.length === 0);
  if (empty) throw new Error(`${file}:${empty.line}: the section "${empty.id}" has no paragraph under its heading`);
  const live = new Set(sections.map((section) => section.id));
  for (const [old, target] of Object.entries(aliases)) {
    if (!live.has(target)) throw new Error(`headingAliases: "${old}" points to "${target}", which is no section id in the article`);
    if (live.has(old)) throw new Error(`headingAliases: "${old}" is still a live section id; an alias is only for a renamed heading`);
  }
  return sections.map(({ line: _line, ...section }) => ({ ...section, aliases: Object.keys(aliases).filter((old) => aliases[old] === section.id) }));
}
