import { describe, expect, test } from 'vitest';
import { contentText } from '../../src/data/source';
import { readText } from '../support/article';

describe('the content files as the build reads them', () => {
  test.each(['article.md', 'source/azatutyun-25075315.txt'])('content/%s reads as the same text a maintainer opens', (file) => {
    expect(contentText(file)).toBe(readText(`content/${file}`));
  });

  test('a file the frontmatter names but content/ lacks stops the build, naming it', () => {
    expect(() => contentText('source/missing.txt')).toThrow('content/source/missing.txt is not there');
  });
});
