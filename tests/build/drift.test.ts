import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { root } from '../support/article';

// A scratch copy of the project, so the real content is never touched.
const scratch = mkdtempSync(join(tmpdir(), 'drift-'));
for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, entry), join(scratch, entry), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the build refuses a drifted figure', () => {
  test('changing “$4 billion” to “$5 billion” in content/article.md stops `astro build`, naming the figure', () => {
    const article = join(scratch, 'content/article.md');
    const text = readFileSync(article, 'utf8');
    expect(text).toContain('measured at $4 billion');
    writeFileSync(article, text.replace('measured at $4 billion', 'measured at $5 billion'));
    const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(scratch, 'dist')], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('figure "cooperation-total"');
    expect(output).toContain('found “is measured at $5 billion” in ¶2 instead');
  });
});
