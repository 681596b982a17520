import type { ChartForm, ChartSpec } from '../lib/figures/chart-model';

const FORMS: readonly ChartForm[] = ['stack', 'units', 'bars'];

/** Reads a canvas's spec, refusing a malformed one loudly rather than drawing a wrong chart. */
export function readSpec(canvas: HTMLCanvasElement): ChartSpec {
  const spec = JSON.parse(canvas.dataset.chart ?? 'null') as ChartSpec | null;
  const n = spec?.labels.length ?? 0;
  const whole = spec?.form === 'units' ? spec.values.every((v) => Number.isInteger(v) && v >= 0) : true;
  if (!spec || !FORMS.includes(spec.form) || n === 0 || spec.values.length !== n || spec.displays.length !== n || spec.derived.length !== n || !whole) {
    throw new Error(`chart ${canvas.closest('figure')?.id ?? '(unknown)'}: data-chart is malformed`);
  }
  return spec;
}
