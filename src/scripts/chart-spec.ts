import type { ChartSpec } from '../lib/figures/chart-model';

/** Reads a canvas's spec, refusing a malformed one loudly rather than drawing a wrong chart. */
export function readSpec(canvas: HTMLCanvasElement): ChartSpec {
  const spec = JSON.parse(canvas.dataset.chart ?? 'null') as ChartSpec | null;
  const n = spec?.labels.length ?? 0;
  if (!spec || n === 0 || spec.values.length !== n || spec.displays.length !== n || spec.derived.length !== n) {
    throw new Error(`chart ${canvas.closest('figure')?.id ?? '(unknown)'}: data-chart is malformed`);
  }
  return spec;
}
