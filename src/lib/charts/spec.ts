import type { ChartForm, ChartSpec } from '../figures/chart-model';

const FORMS: readonly ChartForm[] = ['stack', 'units', 'bars'];

/**
 * Reads a chart's spec from the JSON of its `data-chart` attribute, refusing a malformed one loudly, naming the
 * chart, rather than drawing a wrong chart.
 */
export function parseSpec(json: string | undefined, chartId: string): ChartSpec {
  const spec = JSON.parse(json ?? 'null') as ChartSpec | null;
  const n = spec?.labels.length ?? 0;
  const whole = spec?.form === 'units' ? spec.values.every((v) => Number.isInteger(v) && v >= 0) : true;
  if (!spec || !FORMS.includes(spec.form) || n === 0 || spec.values.length !== n || spec.displays.length !== n || spec.derived.length !== n || !whole) {
    throw new Error(`chart ${chartId}: data-chart is malformed`);
  }
  return spec;
}
