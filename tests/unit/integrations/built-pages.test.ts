import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { builtPages } from '../../../src/integrations/built-pages';

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
