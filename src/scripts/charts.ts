import type { Chart } from 'chart.js';

const drawn = new Map<HTMLCanvasElement, Chart<'bar'>>();
let drawer: Promise<typeof import('./draw-chart')> | undefined;
// Chart.js is fetched only when the first chart nears the viewport: readers who never scroll there never pay for it.
const load = () => (drawer ??= import('./draw-chart'));

async function draw(canvas: HTMLCanvasElement): Promise<void> {
  if (drawn.has(canvas)) return;
  const { drawChart } = await load();
  if (!drawn.has(canvas)) drawn.set(canvas, drawChart(canvas));
}

async function redrawAll(): Promise<void> {
  const { drawChart } = await load();
  for (const [canvas, chart] of drawn) {
    chart.destroy();
    drawn.set(canvas, drawChart(canvas));
  }
}

/** Draws each chart as it comes near the viewport, all of them before printing, and redraws on a scheme change. */
export function initCharts(): void {
  const canvases = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
  if (canvases.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLCanvasElement);
      }
    },
    { rootMargin: '100px 0px' },
  );
  for (const canvas of canvases) observer.observe(canvas);
  window.addEventListener('beforeprint', () => {
    for (const canvas of canvases) void draw(canvas);
  });
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => void redrawAll());
}
