import { describe, expect, test } from 'vitest';
import { clipText, fitLines, fitSize, fitWhole, type Measure } from '../../../src/lib/share/text-fit';

// Every character 10 units wide at size 10, scaled with the size in the font string: easy to reason about.
const mono: Measure = (text, font) => [...text].length * Number(/(\d+)px/u.exec(font)?.[1] ?? 10);
const box = (maxWidth: number, maxLines: number) => ({ font: '400 10px Test', maxWidth, maxLines, measure: mono });

describe('fitLines', () => {
  test('breaks at spaces into lines no wider than the box', () => {
    expect(fitLines('Where Moscow said no to Baku', box(120, 5))).toEqual({ lines: ['Where Moscow', 'said no to', 'Baku'], truncated: false });
  });

  test('ends the last line that fits in an ellipsis, within the width, when the text needs more lines', () => {
    const { lines, truncated } = fitLines('one two three four five six seven eight', box(100, 2));
    expect(truncated).toBe(true);
    expect(lines).toEqual(['one two', 'three…']);
    for (const line of lines) expect(mono(line, '10px')).toBeLessThanOrEqual(100);
  });

  test('breaks a word wider than a whole line between characters instead of letting it overflow', () => {
    const { lines } = fitLines('a Supercalifragilistic word', box(80, 5));
    expect(lines).toEqual(['a', 'Supercal', 'ifragili', 'stic', 'word']);
    for (const line of lines) expect(mono(line, '10px')).toBeLessThanOrEqual(80);
  });

  test('drops a comma before the ellipsis, so the cut does not read as a typo', () => {
    expect(fitLines('Azatutyun, RFE/RL’s service, reported it', box(110, 1)).lines).toEqual(['Azatutyun…']);
  });

  test('collapses runs of spaces and line breaks and keeps short text whole', () => {
    expect(fitLines('  Alarm \n in   Armenia ', box(500, 1))).toEqual({ lines: ['Alarm in Armenia'], truncated: false });
  });

  test('sets one character a line in a box narrower than any character, with no empty line', () => {
    expect(fitLines('abc', box(5, 5))).toEqual({ lines: ['a', 'b', 'c'], truncated: false });
  });

  test('breaks a word too wide for the first line with no empty line before it', () => {
    expect(fitLines('Supercalifragilistic word', box(80, 5)).lines).toEqual(['Supercal', 'ifragili', 'stic', 'word']);
  });

  test('gives no line for empty or blank text', () => {
    expect(fitLines('', box(100, 2))).toEqual({ lines: [], truncated: false });
    expect(fitLines(' \n ', box(100, 2))).toEqual({ lines: [], truncated: false });
  });

  test('shortens a single word character by character until it fits with its ellipsis', () => {
    expect(fitLines('Supercalifragilistic', box(80, 1))).toEqual({ lines: ['Superca…'], truncated: true });
  });

  test('shortens by whole characters, never leaving a letter without its accent or an accent without its letter', () => {
    // "café" with its accent as a combining mark: five code points, four characters (50 units here).
    expect(fitLines('cafe\u0301 au lait', box(50, 1)).lines).toEqual(['caf…']);
  });

  test('leaves the ellipsis alone where not even one character fits beside it', () => {
    expect(fitLines('one two', box(5, 1))).toEqual({ lines: ['…'], truncated: true });
  });

  test('drops a dash and a comma together before the ellipsis, but keeps them inside the line', () => {
    expect(fitLines('one two –, three four', box(110, 1)).lines).toEqual(['one two…']);
    expect(fitLines('one, two three four', box(90, 1)).lines).toEqual(['one, two…']);
  });

  test('refuses a box with no line', () => {
    expect(() => fitLines('x', box(100, 0))).toThrow(/at least one line/);
  });
});

describe('fitSize', () => {
  const sized = (maxWidth: number, maxLines: number | ((size: number) => number)) => ({
    font: (size: number) => `700 ${size}px Test`,
    maxWidth,
    maxLines,
    measure: mono,
  });

  test('takes the largest size at which the text fits whole', () => {
    expect(fitSize('Key figures', [64, 40, 20], sized(500, 1))).toEqual({ lines: ['Key figures'], truncated: false, size: 40 });
  });

  test('falls back to the smallest size, shortened with an ellipsis, when no size fits', () => {
    const fitted = fitSize('a heading far too long for any size here', [30, 20], sized(200, 1));
    expect(fitted.size).toBe(20);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines[0]?.endsWith('…')).toBe(true);
  });

  test('refuses a list of no sizes', () => {
    expect(() => fitSize('Key figures', [], sized(500, 1))).toThrow('fitSize: no font sizes to try');
  });

  test('takes the first size when the text fits whole at it', () => {
    expect(fitSize('Key', [20, 10], sized(500, 1))).toEqual({ lines: ['Key'], truncated: false, size: 20 });
  });

  test('asks for the number of lines at each size, so a smaller size can take more lines', () => {
    const fitted = fitSize(
      'aa bb cc dd',
      [20, 10],
      sized(60, (size) => (size === 20 ? 1 : 2)),
    );
    expect(fitted).toEqual({ lines: ['aa bb', 'cc dd'], truncated: false, size: 10 });
  });
});

describe('fitWhole', () => {
  const whole = (maxWidth: number, maxLines: number) => ({ font: (size: number) => `700 ${size}px Test`, maxWidth, maxLines, measure: mono });

  test('takes the largest size at which every word fits, in as many lines as the box has', () => {
    expect(fitWhole('Arms to Baku checked', [20, 10], whole(120, 2), 'the headline')).toEqual({ lines: ['Arms to Baku', 'checked'], size: 10 });
    expect(fitWhole('Arms', [20, 10], whole(120, 1), 'the headline')).toEqual({ lines: ['Arms'], size: 20 });
  });

  test('stops with an error naming the text, its room and its smallest font when it would need an ellipsis', () => {
    expect(() => fitWhole('Arms to Baku checked', [20, 10], whole(120, 1), 'og.png: the headline')).toThrow(
      'og.png: the headline does not fit in 1 line 120 px wide, even in 700 10px Test: “Arms to Baku checked”',
    );
    expect(() => fitWhole('aa bb cc', [10], whole(20, 2), 'a label')).toThrow('a label does not fit in 2 lines 20 px wide');
  });

  test('stops rather than break a word wider than a line between two lines', () => {
    expect(fitLines('Supercalifragilistic', box(100, 2)).truncated).toBe(false);
    expect(() => fitWhole('Supercalifragilistic', [10], whole(100, 2), 'the figure')).toThrow('the figure does not fit');
  });

  test.each(['', '  \n '])('stops the build, naming it, for text with no words (%j), which would draw nothing', (text) => {
    expect(() => fitWhole(text, [10], whole(100, 1), 'the headline')).toThrow('the headline has no words to set');
  });

  test('refuses a list of no sizes, naming what it was to fit', () => {
    expect(() => fitWhole('Key', [], whole(500, 1), 'the credit')).toThrow('fitWhole: no font sizes to try for the credit');
  });
});

describe('clipText', () => {
  test.each([
    { text: 'Short enough.', max: 20, clipped: 'Short enough.' },
    { text: 'Aliyev on Tuesday did not specify the types', max: 20, clipped: 'Aliyev on Tuesday…' },
    { text: 'The talks, held in Baku', max: 11, clipped: 'The talks…' },
    { text: 'Supercalifragilistic', max: 8, clipped: 'Superca…' },
    { text: 'Short enough.', max: 13, clipped: 'Short enough.' },
    { text: '  Alarm \n in   Armenia ', max: 16, clipped: 'Alarm in Armenia' },
    { text: 'The talks —, held in Baku', max: 14, clipped: 'The talks…' },
  ])('“$text” in at most $max characters is “$clipped”', ({ text, max, clipped }) => {
    const result = clipText(text, max);
    expect(result).toBe(clipped);
    expect(result.length).toBeLessThanOrEqual(max);
  });
});
