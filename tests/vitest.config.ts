import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import SlowFirst from './support/sequencer';

/** The project root: every layer reads files as a maintainer names them from there. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** The layers that need no build and no browser: the ones mutation testing reruns (tests/vitest.mutation.config.ts). */
// A test that draws (Chart.js on @napi-rs/canvas, in jsdom too) may take seconds on a loaded two-core machine: the
// limit is 20 s, not Vitest's default 5 s, so only a hang fails on time.
export const fastLayers: TestProjectInlineConfiguration[] = [
  { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
  { extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 20_000 } },
];

// One project a test layer, so each can run alone (`vitest --project unit`) and report on its own.
export default defineConfig({
  root,
  test: {
    // Room for the browser project's three files at once (below); the other layers take what is free.
    maxWorkers: 3,
    // The slowest files start first, whatever their layer (tests/support/sequencer.ts).
    sequence: { sequencer: SlowFirst },
    // The JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      ...fastLayers,
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium for every file of the layer (each file still has its own contexts and server).
          globalSetup: ['tests/support/chromium-server.ts'],
          // Files share a worker's modules (playwright-core, puppeteer-core, the helpers), imported once a worker, not
          // once a file: none of them keeps state between files, and every file starts its own pages and server.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Chart.js loads lazily and this machine is often loaded: every expect.poll waits up to 15 s for its
          // condition, not Vitest's default 1 s.
          expect: { poll: { timeout: 15_000 } },
          // Three files at once on two cores: the layer keeps both cores busy (measured: 477 CPU-seconds in a 254 s
          // npm test), and a third file fills the moments one waits for a page, a chart or a scroll to settle. Each file
          // has its own contexts and server, and every wait is for a condition.
          maxWorkers: 3,
          // Tests marked concurrent (one page each, such as the axe runs) overlap three at a time on two cores.
          maxConcurrency: 3,
        },
      },
    ],
  },
});
