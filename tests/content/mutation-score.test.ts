import { describe, expect, test } from 'vitest';
import config from '../../stryker.config.mjs';
import { fileScores, isMutated, PER_FILE_BREAK } from '../support/mutation-score';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status) => ({ status })) });

describe('the per-file mutation score that npm run test:mutation enforces', () => {
  test('the floor for any one file is 80 %, as the issue asks', () => {
    expect(PER_FILE_BREAK).toBe(80);
  });

  test.each([
    { name: 'all killed', statuses: ['Killed', 'Killed'], score: 100, valid: 2 },
    { name: 'a timeout counts as caught', statuses: ['Killed', 'Timeout', 'Survived', 'Survived'], score: 50, valid: 4 },
    { name: 'a mutant no test reaches counts against the file', statuses: ['Killed', 'NoCoverage', 'Killed', 'Killed', 'Killed'], score: 80, valid: 5 },
    { name: 'ignored, uncompilable and crashing mutants count for nothing', statuses: ['Killed', 'Ignored', 'CompileError', 'RuntimeError', 'Survived'], score: 50, valid: 2 },
    { name: 'a file with no valid mutant has no score', statuses: ['Ignored'], score: null, valid: 0 },
  ])('$name', ({ statuses, score, valid }) => {
    expect(fileScores({ 'src/lib/a.ts': mutants(...statuses) })).toEqual([{ file: 'src/lib/a.ts', score, valid }]);
  });

  test('lists the files in path order', () => {
    const files = { 'src/lib/b.ts': mutants('Killed'), 'src/data/z.ts': mutants('Survived'), 'src/lib/a.ts': mutants('Killed') };
    expect(fileScores(files).map((entry) => entry.file)).toEqual(['src/data/z.ts', 'src/lib/a.ts', 'src/lib/b.ts']);
  });

  test.each([
    { file: 'src/lib/share/csv.ts', mutated: true },
    { file: 'src/data/figures.ts', mutated: true },
    { file: 'src/data/article.ts', mutated: false },
    { file: 'src/scripts/toc.ts', mutated: false },
  ])('counts $file as mutated: $mutated', ({ file, mutated }) => {
    expect(isMutated(file, ['src/lib/**/*.ts', 'src/data/**/*.ts', '!src/data/article.ts'])).toBe(mutated);
  });

  test.each([
    'src/lib/charts/chart-config.ts',
    'src/data/figures.ts',
    'src/render/canvas.ts',
    'src/render/chart-image.ts',
    'src/render/icon-image.ts',
    'src/render/layout-image.ts',
    'src/integrations/host-headers.ts',
    'src/components/chart/draw-chart.ts',
  ])('stryker.config.mjs mutates %s', (file) => {
    expect(isMutated(file, config.mutate as string[])).toBe(true);
  });
});
