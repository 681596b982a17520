/** Measures a line of text set in a CSS font (`700 40px Sans`), in pixels. */
export type Measure = (text: string, font: string) => number;

/** Where lines of text must fit: the font they are set in, the widest a line may be and how many lines there may be. */
export interface TextBox {
  font: string;
  maxWidth: number;
  maxLines: number;
  measure: Measure;
}

/** Text broken into lines that fit a box; `truncated` when the text did not fit and its last line ends in an ellipsis. */
export interface FittedText {
  lines: string[];
  truncated: boolean;
}

const ELLIPSIS = '…';
// Grapheme clusters, the segmenter's default: a letter and its accents, or an emoji, are one character to a reader.
const graphemes = new Intl.Segmenter('en');

// A word wider than a whole line (a long name, a URL) is broken between characters rather than left to overflow.
function breakWord(word: string, fits: (text: string) => boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece !== '' && !fits(piece + segment)) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  // The word is never empty, so neither is its last piece.
  return [...pieces, piece];
}

// Shortens a line until it and an ellipsis fit, dropping whole words while more than one is left.
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  // A line is words joined by single spaces: cutting at its last space leaves no space at either end.
  let text = line;
  while (text !== '' && !fits(`${text}${ELLIPSIS}`)) {
    const space = text.lastIndexOf(' ');
    text =
      space === -1
        ? [...graphemes.segment(text)]
            .slice(0, -1)
            .map((g) => g.segment)
            .join('')
        : text.slice(0, space);
  }
  // An ellipsis after a comma or a colon reads as a typo: the clause ends at the last word.
  return `${text.replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}

/** Breaks text at spaces into lines no wider than the box; text that needs more lines than the box has ends in an ellipsis. */
export function fitLines(text: string, box: TextBox): FittedText {
  if (box.maxLines < 1) throw new Error('fitLines: a box needs room for at least one line');
  const fits = (line: string) => box.measure(line, box.font) <= box.maxWidth;
  const lines: string[] = [];
  let current = '';
  for (const word of text.match(/\S+/gu) ?? []) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    const pieces = fits(word) ? [word] : breakWord(word, fits);
    lines.push(...pieces.slice(0, -1));
    current = pieces.at(-1) ?? '';
  }
  if (current !== '') lines.push(current);
  if (lines.length <= box.maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, box.maxLines);
  kept[kept.length - 1] = withEllipsis(kept.at(-1) ?? '', fits);
  return { lines: kept, truncated: true };
}

/**
 * Text set at the largest of some sizes at which it fits a box whole: for text that must never be cut (a headline,
 * a figure), so text that fits at no size stops the build, naming `what` it is and the room it had.
 */
export function fitWhole(
  text: string,
  sizes: readonly number[],
  box: Omit<TextBox, 'font'> & { font: (size: number) => string },
  what: string,
): { lines: string[]; size: number } {
  const words = text.match(/\S+/gu);
  if (!words) throw new Error(`${what} has no words to set`);
  for (const size of sizes) {
    const fitted = fitLines(text, { ...box, font: box.font(size) });
    // Whole: no line cut short with an ellipsis, and no word broken between two lines.
    if (!fitted.truncated && fitted.lines.join(' ') === words.join(' ')) return { lines: fitted.lines, size };
  }
  const smallest = sizes.at(-1);
  if (smallest === undefined) throw new Error(`fitWhole: no font sizes to try for ${what}`);
  const room = `${box.maxLines} line${box.maxLines === 1 ? '' : 's'} ${box.maxWidth} px wide`;
  throw new Error(`${what} does not fit in ${room}, even in ${box.font(smallest)}: “${text}”`);
}

/** Text set at the largest of some sizes at which it fits whole, or at the smallest, shortened with an ellipsis. */
export function fitSize(
  text: string,
  sizes: readonly number[],
  box: Omit<TextBox, 'font' | 'maxLines'> & { font: (size: number) => string; maxLines: number | ((size: number) => number) },
): FittedText & { size: number } {
  const fitAt = (size: number) => {
    const maxLines = typeof box.maxLines === 'number' ? box.maxLines : box.maxLines(size);
    return { ...fitLines(text, { ...box, font: box.font(size), maxLines }), size };
  };
  const [largest, ...smaller] = sizes;
  if (largest === undefined) throw new Error('fitSize: no font sizes to try');
  let fitted = fitAt(largest);
  for (const size of smaller) {
    if (!fitted.truncated) return fitted;
    fitted = fitAt(size);
  }
  return fitted;
}

/** Text of at most `max` characters, cut at a word and ended with an ellipsis if it was longer: for descriptions and alt text. */
export function clipText(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  // Room for the ellipsis; the cut falls at a space, unless one word is longer than the room.
  const room = flat.slice(0, max - ELLIPSIS.length);
  const wholeWords = flat[room.length] === ' ' ? room : room.slice(0, Math.max(0, room.lastIndexOf(' ')));
  const words = wholeWords === '' ? room : wholeWords;
  return `${words.replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}
