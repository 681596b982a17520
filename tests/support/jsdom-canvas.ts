import { type Canvas, createCanvas } from '@napi-rs/canvas';
import { decodePng, type Pixels } from './pixels';

/**
 * jsdom has a DOM but no canvas drawing and no layout. This gives each of its canvases a 2D context drawn by
 * @napi-rs/canvas (the build's own renderer), so browser code such as Chart.js draws real pixels a test can decode,
 * and a box of a given size where the browser would have laid one out. Only for tests in jsdom's environment.
 */

const backing = new WeakMap<HTMLCanvasElement, Canvas>();
const contexts = new WeakMap<HTMLCanvasElement, CanvasRenderingContext2D>();

// The drawing surface behind a DOM canvas, resized (and so cleared) as the DOM's is when its attributes change.
function surface(element: HTMLCanvasElement): Canvas {
  let canvas = backing.get(element);
  if (!canvas) {
    canvas = createCanvas(element.width, element.height);
    backing.set(element, canvas);
  }
  if (canvas.width !== element.width) canvas.width = element.width;
  if (canvas.height !== element.height) canvas.height = element.height;
  return canvas;
}

// A DOM canvas handed to a drawing call (drawImage, createPattern) stands for its surface.
const unwrap = (value: unknown) => (value instanceof HTMLCanvasElement ? surface(value) : value);

/**
 * Makes `getContext('2d')` on every canvas return a context that draws on a @napi-rs/canvas surface of the canvas's
 * size. With `detachedWithoutContext`, a canvas outside the document gets none, as where a browser refuses one.
 */
export function installCanvas({ detachedWithoutContext = false } = {}): void {
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string) {
    if (type !== '2d' || (detachedWithoutContext && !this.isConnected)) return null;
    const known = contexts.get(this);
    if (known) return known;
    const element = this;
    const context = new Proxy(surface(element).getContext('2d'), {
      get(_target, key) {
        const real = surface(element).getContext('2d');
        if (key === 'canvas') return element;
        const value: unknown = Reflect.get(real, key, real);
        return typeof value === 'function' ? (...args: unknown[]) => (value as (...a: unknown[]) => unknown).apply(real, args.map(unwrap)) : value;
      },
      set(_target, key, value) {
        const real = surface(element).getContext('2d');
        return Reflect.set(real, key, unwrap(value), real);
      },
    }) as unknown as CanvasRenderingContext2D;
    contexts.set(this, context);
    return context;
  } as typeof HTMLCanvasElement.prototype.getContext;
}

/** What a canvas shows now, as a PNG of its surface. */
export const pngOf = (element: HTMLCanvasElement): Buffer => surface(element).toBuffer('image/png');

/** What a canvas shows now, decoded from a PNG of its surface. */
export const pixelsOf = (element: HTMLCanvasElement): Pixels => decodePng(pngOf(element));

/** Gives an element the box a browser would have laid out for it: `width` × `height` CSS pixels at the top left. */
export function layOut(element: HTMLElement, width: number, height: number): void {
  element.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width, height });
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: height });
}
