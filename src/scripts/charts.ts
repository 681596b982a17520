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

// Redraws every chart drawn so far (all of them, when printing) with the scheme's colours or the print palette.
async function redrawAll(canvases: Iterable<HTMLCanvasElement>, forPrint = false): Promise<void> {
  const { drawChart } = await load();
  for (const canvas of canvases) {
    drawn.get(canvas)?.destroy();
    drawn.set(canvas, drawChart(canvas, forPrint));
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
  // Printing from a page whose chart code is already loaded draws every chart for paper; otherwise the tables print.
  window.addEventListener('beforeprint', () => void redrawAll(canvases, true));
  window.addEventListener('afterprint', () => void redrawAll([...drawn.keys()]));
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => void redrawAll([...drawn.keys()]));
}
