import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that take longest, longest first (measured on this two-core machine, README "How long npm test takes"):
 * started at once, they overlap each other's waits instead of stretching the end of the run. A stale list costs
 * minutes, never a result.
 */
export const SLOW_FIRST = [
  'tests/browser/pages.test.ts',
  'tests/browser/firefox.test.ts',
  'tests/build/variants.test.ts',
  'tests/browser/deep-links.test.ts',
  'tests/browser/charts.test.ts',
  'tests/browser/chart-stills.test.ts',
  'tests/browser/embeds.test.ts',
  'tests/browser/accessibility.test.ts',
];

/**
 * Vitest's order (failed first, then longest by its cache, else largest), with the known slow files moved ahead of
 * everything whatever their layer: a fresh clone has no cache, and Vitest would otherwise run the layers one after
 * another, leaving the slow build-layer file to the end.
 */
export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const at = SLOW_FIRST.findIndex((path) => spec.moduleId.endsWith(path));
      return at === -1 ? SLOW_FIRST.length : at;
    };
    // Array.prototype.sort is stable: files off the list keep Vitest's order among themselves.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
