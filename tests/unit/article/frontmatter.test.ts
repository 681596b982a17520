import { describe, expect, test } from 'vitest';
import { articleFrontmatter } from '../../../src/lib/article/frontmatter';

// The article's own frontmatter, typed out: every test changes one field of it.
const valid = {
  headline: 'Russia’s arms trade with Azerbaijan, figure by figure',
  standfirst: 'After talks with Vladimir Putin in Baku, Ilham Aliyev signalled that Azerbaijan will buy more Russian weapons.',
  description: 'Russia’s arms sales to Azerbaijan after the 2013 Putin–Aliyev talks in Baku, checked figure by figure.',
  source: { outlet: 'Azatutyun', publisher: 'RFE/RL', url: 'https://azatutyun.am/a/25075315.html', file: 'source/azatutyun-25075315.txt' },
  event: { date: '2013-08-13', description: 'Talks in Baku' },
};
const messages = (data: unknown) => {
  const parsed = articleFrontmatter.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the article’s frontmatter', () => {
  test('accepts the article’s own, with its date read as a date and no heading aliases', () => {
    const parsed = articleFrontmatter.parse(valid);
    expect(parsed.event.date.toISOString()).toBe('2013-08-13T00:00:00.000Z');
    expect(parsed.headingAliases).toEqual({});
  });

  test.each(['source/azatutyun-25075315.txt', 'source/report.v2.txt'])('accepts the source file %s', (file) => {
    expect(messages({ ...valid, source: { ...valid.source, file } })).toEqual([]);
  });

  test.each(['azatutyun-25075315.txt', 'other/source/report.txt', 'source/report.txt.bak', 'source/sub/report.txt'])(
    'refuses the source file %s: it must be a .txt directly in content/source/',
    (file) => {
      expect(messages({ ...valid, source: { ...valid.source, file } })).toEqual(['source.file: the source file lives in content/source/']);
    },
  );

  test.each([{ 'old-title': 'new-title' }, { old: 'new' }, { 'first-2013-draft': 'a-b-c' }])('accepts the heading aliases %j', (headingAliases) => {
    expect(messages({ ...valid, headingAliases })).toEqual([]);
  });

  test.each(['Old-Title', '-old', 'old-', 'old--title', 'old title'])('refuses %j as an old heading id', (old) => {
    expect(messages({ ...valid, headingAliases: { [old]: 'new-title' } })).toEqual([expect.stringMatching(new RegExp(`^headingAliases\\.${old}: `, 'u'))]);
  });

  test('refuses a new heading id that is not lower-case words joined by hyphens, naming the rule', () => {
    expect(messages({ ...valid, headingAliases: { old: 'New Title' } })).toEqual(['headingAliases.old: an id is lower-case words joined by hyphens']);
  });
});
