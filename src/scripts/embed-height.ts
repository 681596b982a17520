import { embedHeightMessage } from '../lib/share/embed-message';

/**
 * Tells the page that frames this one the document's height, now and whenever it changes (a narrower frame wraps
 * the words onto more lines), so the embed code's listener can fit the frame to it. The height is the root
 * element's own box, not its scrollHeight, which never falls below the frame's height and so could never shrink it.
 * Posted to any origin: the host is not known, and the message says nothing a reader could not see.
 */
export function postHeights(chart: string, parent: Window = window.parent): ResizeObserver | undefined {
  if (parent === window) return undefined;
  const root = document.documentElement;
  let posted: number | undefined;
  const observer = new ResizeObserver(() => {
    const message = embedHeightMessage(chart, root.getBoundingClientRect().height);
    if (message.height === posted) return;
    posted = message.height;
    parent.postMessage(message, '*');
  });
  observer.observe(root);
  return observer;
}

const chart = document.documentElement.dataset.embedChart;
if (chart) postHeights(chart);
