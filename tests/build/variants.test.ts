import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { afterAll, describe, expect, test } from 'vitest';
import { root } from '../support/article';
import { astroBuild } from '../support/build';
import { BASE_DIST, BASE_SITE } from '../support/build-base';
import { assertBuilt, distDir, distFiles, loadPage } from '../support/dist';
import { brokenReferences } from '../support/links';

// Extra builds, one after another in this one file: parallel builds would share Astro's caches.
const scratch = mkdtempSync(join(tmpdir(), 'variants-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const digest = (dir: string) =>
  Object.fromEntries(
    distFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );

describe('builds of the same commit', () => {
  // dist/ is the first clean build (`npm test` makes it with `astro build --force`); this is the second, so the
  // comparison costs one build, not two. A dist/ left from older sources fails here too: rebuild it.
  test('two clean builds produce byte-identical output, with no machine path in it', () => {
    assertBuilt();
    const second = join(scratch, 'second');
    expect(astroBuild(second, {}, root, ['--force']).status).toBe(0);
    const first = digest(distDir);
    expect(Object.keys(first).length).toBeGreaterThan(15);
    expect(digest(second), 'dist/ against a second clean build (if you changed sources since, run npm run build first)').toEqual(first);
    const leaks = distFiles(distDir).filter(
      (f) => /\.(html|js|css|json|csv|xml|txt)$/u.test(f) && readFileSync(join(distDir, f), 'utf8').includes(root.replace(/\/$/u, '')),
    );
    expect(leaks).toEqual([]);
  });
});

describe('a build under a base path', () => {
  const { SITE_URL: site, BASE_PATH } = BASE_SITE;
  const base = `${BASE_PATH}/`;

  test('SITE_URL and BASE_PATH put the base on every link, asset, deep link, download, share image and canonical URL', () => {
    assertBuilt(BASE_DIST);
    expect(brokenReferences(BASE_DIST, site, base)).toEqual([]);
    const page = loadPage('index.html', BASE_DIST);
    expect(select('link[rel="canonical"]', page)?.properties.href).toBe(`${site}${base}`);
    expect(select('meta[property="og:image"]', page)?.properties.content).toBe(`${site}${base}og.png`);
    expect(select('a.figure-ref[href*="figures/"]', page)?.properties.href).toMatch(new RegExp(`^${base}figures/#`, 'u'));
    expect(readFileSync(join(BASE_DIST, 'robots.txt'), 'utf8')).toContain(`${site}${base}sitemap-index.xml`);
  });

  test('SITE_URL with a path is refused rather than silently dropped', () => {
    const run = astroBuild(join(scratch, 'bad'), { SITE_URL: 'https://example.org/arms-report' });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('put "/arms-report" in BASE_PATH');
  });
});

// A copy of the project to break, sharing node_modules with this one.
function scratchProject(name: string): string {
  const project = join(scratch, name);
  // public/ holds the icon's master, which the build draws the raster icons from.
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(root, entry), join(project, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

describe('the build refuses a drifted article', () => {
  // One scratch build, as each costs seconds; the paragraph check on its own is tested without a build in tests/content.
  test('changing “$4 billion” to “$5 billion” in content/article.md stops `astro build`, naming the figure, then the paragraph', () => {
    const project = scratchProject('drift');
    const article = join(project, 'content/article.md');
    const text = readFileSync(article, 'utf8');
    expect(text).toContain('measured at $4 billion');
    writeFileSync(article, text.replace('measured at $4 billion', 'measured at $5 billion'));
    const run = astroBuild(join(project, 'dist'), {}, project);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('figure "cooperation-total"');
    expect(run.output).toContain('found “is measured at $5 billion” in ¶2 instead');
    // The paragraph check of src/data/article.ts reports too: deleting it from the build fails this line.
    expect(run.output).toContain('the article drifted from its source: paragraph 2 of content/article.md');
  });
});

describe('the build refuses to break a shared link', () => {
  test('renaming a heading without keeping its old id in headingAliases stops `astro build`, naming the id whose links would break', () => {
    const project = scratchProject('renamed');
    const article = join(project, 'content/article.md');
    const text = readFileSync(article, 'utf8');
    expect(text).toContain('\n## Alarm in Armenia\n');
    writeFileSync(article, text.replace('\n## Alarm in Armenia\n', '\n## Alarm in Yerevan\n'));
    const run = astroBuild(join(project, 'dist'), {}, project);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('the published id "alarm-in-armenia" is no section or chart on the page any more');
    expect(run.output).toContain('headingAliases');
    expect(run.output).toContain('the section "alarm-in-yerevan" is not in src/data/published-anchors.json');
  });
});
