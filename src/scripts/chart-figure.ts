import type { Chart } from 'chart.js';

type Drawer = typeof import('./draw-chart');
let drawer: Promise<Drawer> | undefined;
// Chart.js is fetched only when the first chart nears the viewport: readers who never scroll there never pay for it.
const loadDrawer = () => (drawer ??= import('./draw-chart'));

const figures = new Set<ChartFigure>();

const observer =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer?.unobserve(entry.target);
            void (entry.target.closest('chart-figure') as ChartFigure | null)?.draw();
          }
        },
        { rootMargin: '200px 0px' },
      )
    : undefined;

/**
 * `<chart-figure>` around a chart's `<figure>`: draws its canvas from `data-chart` when it nears the viewport,
 * redraws it for the colour scheme and for paper, and opens its data, workings and source when a link targets it.
 */
export class ChartFigure extends HTMLElement {
  /** The drawn Chart.js instance, once the figure has been scrolled to (tests read its geometry). */
  chart: Chart | undefined;
  private drawing: Promise<void> | undefined;
  private readonly onHash = () => this.openIfTargeted();

  connectedCallback(): void {
    figures.add(this);
    const canvas = this.canvas();
    if (canvas && observer) observer.observe(canvas);
    else void this.draw();
    this.openIfTargeted();
    window.addEventListener('hashchange', this.onHash);
  }

  disconnectedCallback(): void {
    figures.delete(this);
    window.removeEventListener('hashchange', this.onHash);
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Draws the chart once; later calls wait for the first. */
  draw(): Promise<void> {
    this.drawing ??= this.redraw();
    return this.drawing;
  }

  /** Draws the chart afresh with the page's current colours, or the print palette. */
  async redraw(forPrint = false): Promise<void> {
    const canvas = this.canvas();
    if (!canvas) return;
    const { drawChart } = await loadDrawer();
    this.chart?.destroy();
    this.chart = drawChart(canvas, forPrint);
    // Paper shows the canvas only once it holds a drawing (ChartFigure.astro's print styles).
    this.toggleAttribute('data-drawn', true);
  }

  private canvas(): HTMLCanvasElement | null {
    return this.querySelector<HTMLCanvasElement>('canvas[data-chart]');
  }

  // A shared link to a chart is a request to see its evidence too: open the data, workings and source.
  private openIfTargeted(): void {
    const figure = this.querySelector('figure');
    const ids = [figure?.id, ...(figure?.dataset.aliases?.split(' ') ?? [])];
    const details = this.querySelector('details');
    if (details && ids.includes(decodeURIComponent(window.location.hash.slice(1)))) details.open = true;
  }
}

// Paper gets every chart, in the print palette and at the printed figure's width, with its details open; the
// screen gets back what it had. The print media query fires once the print layout exists, so charts drawn then
// take the paper's width; beforeprint alone would draw them at the screen's.
let printing = false;
let opened: HTMLDetailsElement[] = [];
function toPaper(): void {
  if (printing) return;
  printing = true;
  opened = [...document.querySelectorAll<HTMLDetailsElement>('chart-figure details:not([open])')];
  for (const details of opened) details.open = true;
  for (const figure of figures) void figure.redraw(true);
}
function toScreen(): void {
  if (!printing) return;
  printing = false;
  for (const details of opened) details.open = false;
  for (const figure of figures) if (figure.chart) void figure.redraw();
}
window.addEventListener('beforeprint', toPaper);
window.addEventListener('afterprint', toScreen);
window.matchMedia('print').addEventListener('change', (query) => (query.matches ? toPaper() : toScreen()));
window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
  for (const figure of figures) if (figure.chart) void figure.redraw();
});

if (!customElements.get('chart-figure')) customElements.define('chart-figure', ChartFigure);
