// @ts-check
/**
 * Mutation testing (`npm run test:mutation`, not part of `npm test`): StrykerJS changes the code that checks the
 * figures and the text, draws the images, writes the host headers and hands the page's charts to Chart.js one small
 * edit at a time, and a test must fail for each. README, "Mutation testing".
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // The unit and content layers only: a mutant of src/ never reaches dist/, which the build and browser layers read.
  vitest: { configFile: 'tests/vitest.mutation.config.ts' },
  mutate: [
    'src/lib/**/*.ts',
    'src/data/**/*.ts',
    // These three only connect the checked article to src/lib: article.ts reads it with `getEntry` from
    // `astro:content`, which exists inside `astro build` alone, and share.ts and share-pages.ts hand it to
    // share-card.ts, share-summaries.ts and share-targets.ts, whose every decision has unit tests. The build layer
    // proves the connection (variants.test.ts, share-pages.test.ts).
    '!src/data/article.ts',
    '!src/data/share.ts',
    '!src/data/share-pages.ts',
    // The images drawn at build time and the host headers: unit tests decode the pixels and read the files they write.
    'src/render/**/*.ts',
    'src/integrations/**/*.ts',
    // The page's Chart.js adapter, drawn in jsdom onto @napi-rs/canvas surfaces (tests/support/jsdom-canvas.ts). Its
    // custom element, chart-figure.ts, is not: each of its decisions waits on what only a browser does (an
    // IntersectionObserver entry, a chunk that fails to load and stays failed, the print layout), and the browser
    // layer drives them for real (README, "Mutation testing").
    'src/components/chart/draw-chart.ts',
  ],
  // Builds, reports and screenshots are not needed in the sandbox Stryker copies the project into.
  ignorePatterns: ['dist', 'dist-*', '.astro', 'screenshots', 'test-results', 'bench-results', 'coverage'],
  // Two test processes: the machines this runs on have two cores and share them.
  concurrency: 2,
  // Reruns test only the mutants whose code or tests changed since reports/stryker-incremental.json was written.
  // That file is git-ignored: it is rewritten by every run and differs per branch, so committing it would make
  // merge conflicts, and a clean clone must prove the score in full. CI keeps it in its cache instead.
  incremental: true,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  // `break` fails the run below 90 % overall; tests/support/mutation-score.ts then fails it below 80 % in any file.
  thresholds: { high: 95, low: 90, break: 90 },
};
