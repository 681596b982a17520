// The page the benchmark compares our article with: the first post of Astro's blog starter (`examples/blog` of
// withastro/astro, vendored in tests/bench/reference/blog with its licence and a lock file of its own), installed from
// npm and built once into .cache/ (git-ignored), keyed by a hash of the vendored files so an edit rebuilds it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from '../support/article.ts';

/** The vendored starter, as `git archive` gave it (tests/bench/reference/README.md names the commit). */
export const referenceSource = join(root, 'tests/bench/reference/blog');

/** The page of the starter that stands for "a plain blog post": its first post, hero image and all. */
export const referencePage = 'blog/first-post/';

/** A hash of every vendored file, path and bytes, so the cached build is the build of exactly these files. */
function sourceKey(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(dir, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

function run(command: string, args: string[], cwd: string, what: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    throw new Error(
      `reference blog: ${what} failed in ${cwd} (exit ${result.status ?? result.signal}):\n${result.stdout}${result.stderr}${result.error ?? ''}`,
    );
  }
}

/**
 * The built starter's folder, built on first use: the vendored files copied to .cache/bench-reference/<hash>/, their
 * dependencies installed by `npm ci` from the lock file (the npm registry is the only network needed), then `astro build`
 * with the starter's own Astro. Later calls reuse the build. Returns the folder to serve and the page to measure.
 */
export function referenceSite(log: (line: string) => void = console.log): { dist: string; page: string; key: string } {
  const key = sourceKey(referenceSource);
  const home = join(root, '.cache/bench-reference', key);
  const dist = join(home, 'dist');
  if (existsSync(join(dist, referencePage, 'index.html'))) return { dist, page: referencePage, key };
  // Built in a scratch folder and moved into place whole, so a build broken off never passes for a finished one.
  const scratch = `${home}.partial`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  cpSync(referenceSource, scratch, { recursive: true });
  log(`reference blog: installing its dependencies from npm into ${relative(root, scratch)}`);
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], scratch, 'npm ci');
  log('reference blog: building it (once; the build is cached under .cache/bench-reference/)');
  // process.execPath is the project's Node 24 under `npm run`, which the starter's Astro needs too.
  run(process.execPath, [join(scratch, 'node_modules/astro/bin/astro.mjs'), 'build'], scratch, 'astro build');
  if (!existsSync(join(scratch, 'dist', referencePage, 'index.html'))) throw new Error(`reference blog: the build wrote no ${referencePage}index.html`);
  rmSync(home, { recursive: true, force: true });
  renameSync(scratch, home);
  return { dist, page: referencePage, key };
}
