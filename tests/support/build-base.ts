import { join } from 'node:path';
import { root } from './article.ts';
import { astroBuild } from './build.ts';

/** Where the build and browser layers find the site built under a sub-path, and how it was built. */
export const BASE_DIST = join(root, 'dist-base');
export const BASE_SITE = { SITE_URL: 'https://example.org', BASE_PATH: '/arms-report' } as const;

// `npm test` runs this file once, after the main build, so both layers read one sub-path build.
if (import.meta.main) {
  const run = astroBuild(BASE_DIST, { ...BASE_SITE });
  if (run.status !== 0) {
    console.error(`The base-path build failed:\n${run.output}`);
    process.exit(1);
  }
  console.log(`built ${BASE_DIST} with SITE_URL=${BASE_SITE.SITE_URL} BASE_PATH=${BASE_SITE.BASE_PATH}`);
}
