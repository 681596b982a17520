import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './article.ts';

// Vitest puts Vite's own variables (BASE_URL, MODE, PROD …) into process.env; a child build must not inherit them.
const VITE_VARS = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']);
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_VARS.has(key)));

/** Runs `astro build` from a project folder into `outDir` with extra environment; returns the exit status and all output. */
export function astroBuild(outDir: string, env: Record<string, string> = {}, cwd = root, extra: string[] = []) {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...extra], {
    cwd,
    encoding: 'utf8',
    env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}
