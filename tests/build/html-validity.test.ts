import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { assertBuilt, distDir, distFiles } from '../support/dist';

const vnu = createRequire(import.meta.url)('vnu-jar') as string;
interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('the Nu HTML Checker', () => {
  test('reports no error on any built page', () => {
    assertBuilt();
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error) throw new Error('java is not installed: apt-get install -y default-jre-headless (.ci/run does it)');
    const pages = distFiles().filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    // The pages' CSS is inline, so the checker's CSS validator reads it too. It predates `@property` (CSS Properties
    // and Values, in every current browser), which global.css uses to register --measure: that one message is filtered.
    // The pattern is ASCII: without a UTF-8 locale Java reads its arguments as ASCII, and curly quotes would not match.
    const known = '.*Unrecognized at-rule .@property..*';
    const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '--skip-non-html', '--filterpattern', known, distDir], {
      encoding: 'utf8',
    });
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    expect(messages.map((m) => `${m.url.replace(/^.*\/dist\//u, '')}:${m.lastLine ?? '?'} ${m.message}`)).toEqual([]);
  });
});
