import type { ChartForm, ChartSpec } from '../figures/chart-model';

const FORMS: readonly ChartForm[] = ['stack', 'units', 'bars'];

/**
 * Reads a chart's spec from the JSON of its `data-chart` attribute, refusing a malformed one loudly, naming the
 * chart, rather than drawing a wrong chart.
 */
export function parseSpec(json: string | undefined, chartId: string): ChartSpec {
  const spec = JSON.parse(json ?? 'null') as Partial<ChartSpec> | null;
  const malformed = new Error(`chart ${chartId}: data-chart is malformed`);
  // Every list must be there and as long as the labels: a missing one is malformed, not a TypeError.
  const n = Array.isArray(spec?.labels) ? spec.labels.length : 0;
  const lists = [spec?.labels, spec?.values, spec?.displays, spec?.derived];
  if (!spec?.form || !FORMS.includes(spec.form) || n === 0 || !lists.every((list) => Array.isArray(list) && list.length === n)) throw malformed;
  // Units are counted: whole numbers, none below zero.
  if (spec.form === 'units' && !spec.values!.every((v) => Number.isInteger(v) && v >= 0)) throw malformed;
  return spec as ChartSpec;
}
