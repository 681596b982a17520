import type { Chart } from 'chart.js';
import { mediaForTheme } from '../../lib/charts/stills';

type Drawer = typeof import('./draw-chart');
let drawer: Promise<Drawer> | undefined;
let attempts = 0;
let failedUrl: string | undefined;
// Chart.js is fetched only when the first chart nears the viewport: readers who never scroll there never pay for it.
// Browsers keep a failed module fetch for the page's life (whatwg/html#6768), so a retry asks for the chunk under a
// new query, at the address the failure named; the failed promise itself is forgotten.
const loadDrawer = () =>
  (drawer ??= (failedUrl ? (import(/* @vite-ignore */ `${failedUrl}?retry=${attempts}`) as Promise<Drawer>) : import('./draw-chart')).catch(
    (error: unknown) => {
      attempts += 1;
      failedUrl ??= /\bhttps?:\/\/\S+?\.js\b/u.exec(String(error))?.[0];
      drawer = undefined;
      throw error;
    },
  ));

const figures = new Set<ChartFigure>();

const observer =
  typeof IntersectionObserver === 'function'
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) (entry.target.closest('chart-figure') as ChartFigure | null)?.near(entry.isIntersecting);
        },
        { rootMargin: '200px 0px' },
      )
    : undefined;

/** The class of the line a chart shows in its box while its drawing code could not be loaded (set by this script). */
export const FAILED_CLASS = 'chart-failed';

/**
 * `<chart-figure>` around a chart's `<figure>`: draws its canvas from `data-chart` when it nears the viewport,
 * redraws it for the colour scheme and for paper, and opens its data, workings and source when a link targets it.
 * If its drawing code cannot be loaded, it says so in the chart's box, opens the table, and tries again the next
 * time the reader scrolls near.
 */
export class ChartFigure extends HTMLElement {
  /** The drawn Chart.js instance, once the figure has been scrolled to (tests read its geometry). */
  chart: Chart | undefined;
  private drawing: Promise<void> | undefined;
  /** After a failure: whether the chart has left the viewport's margin since, so that coming back means a new try. */
  private awaitingReturn: 'near' | 'left' | undefined;
  private readonly onHash = () => this.openIfTargeted();

  connectedCallback(): void {
    figures.add(this);
    this.followTheme();
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

  /** Called by the observer as the canvas comes within (or leaves) the viewport's margin. */
  near(isNear: boolean): void {
    if (this.awaitingReturn === 'near') {
      if (!isNear) this.awaitingReturn = 'left';
      return;
    }
    if (!isNear) return;
    const canvas = this.canvas();
    if (canvas) observer?.unobserve(canvas);
    this.awaitingReturn = undefined;
    void this.draw();
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
    try {
      const { drawChart } = await loadDrawer();
      this.chart?.destroy();
      this.chart = drawChart(canvas, forPrint);
    } catch (error) {
      void this.failed(canvas, error);
      return;
    }
    this.querySelector(`.${FAILED_CLASS}`)?.remove();
    // Paper shows the canvas only once it holds a drawing (ChartFrame.astro's print styles).
    this.toggleAttribute('data-drawn', true);
  }

  // Never an empty box: while the chart's still shows, the reader has its drawing and loses only the interaction;
  // without one, the table is opened and the box says why it holds no chart. Either way a later try may draw it.
  private async failed(canvas: HTMLCanvasElement, error: unknown): Promise<void> {
    const id = this.querySelector('figure')?.id ?? '(unknown)';
    console.error(`chart ${id}: could not be drawn; it is tried again when next scrolled near`, error);
    this.drawing = undefined;
    if (observer) {
      // Watched afresh, the canvas is reported at once where it stands: near means wait for it to leave first.
      this.awaitingReturn = 'near';
      observer.unobserve(canvas);
      observer.observe(canvas);
    }
    const still = this.querySelector<HTMLImageElement>('.chart-still img');
    // decode() settles once the still has arrived, and fails if it cannot be shown.
    if (
      still &&
      (await still.decode().then(
        () => true,
        () => false,
      ))
    )
      return;
    if (this.hasAttribute('data-drawn')) return;
    const details = this.querySelector('details');
    if (details) details.open = true;
    if (!this.querySelector(`.${FAILED_CLASS}`)) {
      const line = document.createElement('p');
      line.className = FAILED_CLASS;
      line.textContent = details ? 'The chart could not be drawn: its figures are in the table below.' : 'The chart could not be drawn.';
      canvas.after(line);
    }
  }

  // A host may set an embed's scheme (`?theme=`, which sets data-theme on the root): the still follows it too.
  private followTheme(): void {
    const { theme } = document.documentElement.dataset;
    if (theme !== 'light' && theme !== 'dark') return;
    for (const source of this.querySelectorAll<HTMLSourceElement>('.chart-still source')) source.media = mediaForTheme(source.media, theme);
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
