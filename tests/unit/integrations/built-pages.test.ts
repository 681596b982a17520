import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { builtPages, rewritePages } from '../../../src/integrations/built-pages';

test('the pages of a build are its .html files in every folder, by path from its root with forward slashes, in order whatever the disk lists', () => {
  const out = mkdtempSync(join(tmpdir(), 'built-pages-'));
  try {
    for (const path of ['zz/index.html', 'index.html', 'a/b/index.html', '404.html', 'a/style.css', 'robots.txt', 'a/page.htm']) {
      mkdirSync(dirname(join(out, path)), { recursive: true });
      writeFileSync(join(out, path), '');
    }
    // A folder whose name ends in .html is not a page.
    mkdirSync(join(out, 'folder.html'));
    expect(builtPages(out)).toEqual(['404.html', 'a/b/index.html', 'index.html', 'zz/index.html']);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('rewritePages writes each page back as the rewrite returns it, given its HTML, its path and its file, and counts the pages', () => {
  const out = mkdtempSync(join(tmpdir(), 'built-pages-'));
  try {
    mkdirSync(join(out, 'a'));
    writeFileSync(join(out, 'index.html'), '<p>home</p>');
    writeFileSync(join(out, 'a/index.html'), '<p>a</p>');
    writeFileSync(join(out, 'a/style.css'), 'p{}');
    const seen: string[] = [];
    const count = rewritePages(out, (html, page, file) => {
      seen.push(`${page} ${file === join(out, page)}`);
      return `${html}<!-- ${page} -->`;
    });
    expect(count).toBe(2);
    expect(seen).toEqual(['a/index.html true', 'index.html true']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>home</p><!-- index.html -->');
    expect(readFileSync(join(out, 'a/index.html'), 'utf8')).toBe('<p>a</p><!-- a/index.html -->');
    expect(readFileSync(join(out, 'a/style.css'), 'utf8')).toBe('p{}');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
