import { join } from 'node:path';
import { root } from './article.ts';
import { astroBuild } from './build.ts';

/** Where the browser layer finds the site built under a sub-path, and that path. */
export const BASE_DIST = join(root, 'dist-base');
export const BASE_SITE = { SITE_URL: 'https://example.org', BASE_PATH: '/arms-report' } as const;

/** Builds the sub-path variant once, before any browser test runs (and before any other build can race it). */
export default function setup(): void {
  const run = astroBuild(BASE_DIST, { ...BASE_SITE });
  if (run.status !== 0) throw new Error(`The base-path build failed:\n${run.output}`);
}
