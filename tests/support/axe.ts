import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Runs every rule axe runs by default on the page as it is (WCAG 2.0 to 2.2 A and AA, and its best practices such as
 * landmark-unique and region), and returns each violation as one line naming the rule and the elements at fault.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const { violations, rules } = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (c: Document) => Promise<{ violations: AxeViolation[]; passes: { tags: string[] }[] }> } };
    const result = await axe.run(document);
    return { violations: result.violations, rules: result.passes.flatMap((rule) => rule.tags) };
  });
  // Proof that the run covered both the WCAG rules and the best practices, not a subset.
  expect(rules).toEqual(expect.arrayContaining(['wcag2a', 'wcag2aa', 'best-practice']));
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
