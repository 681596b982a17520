import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { root } from './article.ts';

/** The lowest mutation score any one mutated file may have; stryker.config.mjs holds the overall one. */
export const PER_FILE_BREAK = 80;

/** The mutants of one file as the JSON report (mutation-testing-report-schema) lists them. */
interface ReportFile {
  mutants: { status: string }[];
}

// Stryker's own definition: killed and timed-out mutants over every mutant a test could have caught.
// Ignored mutants and ones that did not compile or crashed on load count for nothing either way.
const DETECTED = new Set(['Killed', 'Timeout']);
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

/** Each mutated file's score in percent; a file with no valid mutant has none. */
export function fileScores(files: Record<string, ReportFile>): { file: string; score: number | null; valid: number }[] {
  return Object.entries(files)
    .map(([file, { mutants }]) => {
      const valid = mutants.filter((m) => VALID.has(m.status)).length;
      const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
      return { file, valid, score: valid === 0 ? null : (100 * detected) / valid };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Whether stryker.config.mjs still has a file mutated: it matches a pattern of `mutate` and no `!` pattern. An
 * incremental report keeps the results of files taken out of `mutate` since it was first written.
 */
export function isMutated(file: string, patterns: readonly string[]): boolean {
  const excluded = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  return patterns.some((p) => !p.startsWith('!') && matchesGlob(file, p)) && !excluded.some((p) => matchesGlob(file, p));
}

// `npm run test:mutation` runs this after Stryker: Stryker's `thresholds.break` guards the overall score only.
if (import.meta.main) {
  const report = JSON.parse(readFileSync(join(root, 'reports/mutation/mutation.json'), 'utf8')) as { files: Record<string, ReportFile> };
  const { default: config } = (await import('../../stryker.config.mjs')) as { default: { mutate: string[] } };
  const stale = Object.keys(report.files).filter((file) => !isMutated(file, config.mutate));
  if (stale.length > 0) console.log(`Not mutated any more, left over in the incremental report: ${stale.join(', ')}\n`);
  const scores = fileScores(Object.fromEntries(Object.entries(report.files).filter(([file]) => !stale.includes(file))));
  const low = scores.filter((s) => s.score !== null && s.score < PER_FILE_BREAK);
  for (const { file, score, valid } of scores) console.log(`${score === null ? '   -  ' : `${score.toFixed(2).padStart(6)}`} % ${file} (${valid} mutants)`);
  if (low.length > 0) {
    console.error(`\nBelow ${PER_FILE_BREAK} % in ${low.map((s) => s.file).join(', ')}: kill the survivors listed in reports/mutation/mutation.html`);
    process.exit(1);
  }
  console.log(`\nEvery mutated file scores at least ${PER_FILE_BREAK} %.`);
}
