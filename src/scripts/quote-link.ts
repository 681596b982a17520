import { quoteFragment } from '../lib/quote/text-fragment';
import { announce, copyText } from './announce';
import { onceAFrame } from './frame';
import { pageUrl } from './page-url';
import { paragraphOf } from './paragraphs';

// Where a boundary point of the selection falls in its paragraph's text, in characters.
function textOffset(paragraph: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  range.setEnd(node, offset);
  return range.toString().length;
}

interface Quote {
  paragraph: HTMLElement;
  url: string;
  /** The box of the selection's last line, which the button is placed under. */
  end: DOMRect;
}

// The quote the reader has selected: words inside one paragraph, as a link to them.
function selectedQuote(): Quote | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraph = paragraphOf(range.startContainer);
  if (!paragraph || paragraphOf(range.endContainer) !== paragraph) return null;
  const start = textOffset(paragraph, range.startContainer, range.startOffset);
  const end = textOffset(paragraph, range.endContainer, range.endOffset);
  const fragment = quoteFragment(paragraph.id, paragraph.textContent ?? '', start, end);
  if (!fragment) return null;
  const lines = range.getClientRects();
  return { paragraph, url: pageUrl(fragment), end: lines[lines.length - 1] ?? range.getBoundingClientRect() };
}

/** The class of the button this script adds: no built page has it, so the unused-CSS build test reads it from here. */
export const QUOTE_LINK_CLASS = 'quote-link';

let quote: Quote | null = null;
let button: HTMLButtonElement | undefined;

// One button for the page, made on first use and moved to follow the selection.
function control(): HTMLButtonElement {
  if (button) return button;
  const made = document.createElement('button');
  made.type = 'button';
  made.className = QUOTE_LINK_CLASS;
  made.textContent = 'Copy link to this quote';
  made.hidden = true;
  // A press with the mouse or a finger must not clear the selection the link is made from.
  made.addEventListener('pointerdown', (event) => event.preventDefault());
  made.addEventListener('click', () => {
    if (quote) void copyText(made, quote.url, { what: 'Link to the quote', field: 'Link to the selected quote' });
  });
  button = made;
  return made;
}

// Beside the paragraph in the page's order, so Tab reaches it from the selection; under the selection's last line on screen.
function place(target: HTMLButtonElement, at: Quote): void {
  if (target.previousElementSibling !== at.paragraph) at.paragraph.after(target);
  target.hidden = false;
  const origin = (target.offsetParent ?? document.body).getBoundingClientRect();
  const room = document.documentElement.clientWidth - target.offsetWidth - 8;
  target.style.top = `${at.end.bottom - origin.top + 6}px`;
  target.style.left = `${Math.max(8, Math.min(at.end.left, room)) - origin.left}px`;
}

function update(): void {
  const target = control();
  const next = selectedQuote();
  if (next) {
    quote = next;
    place(target, next);
    hintOnce();
    return;
  }
  // A reader who has moved to the button (or to the field it fell back to) is using it: it stays.
  const active = document.activeElement;
  if (active === target || (active instanceof HTMLInputElement && active.previousElementSibling === target)) return;
  target.hidden = true;
  quote = null;
}

// From the keyboard: Tab goes from the selected words to the button offered for them, and Escape lets them go.
function onKey(event: KeyboardEvent): void {
  const target = button;
  if (!target || target.hidden || !quote || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'Escape') {
    document.getSelection()?.removeAllRanges();
    target.hidden = true;
    quote = null;
  } else if (event.key === 'Tab' && !event.shiftKey && document.activeElement !== target && !target.contains(document.activeElement)) {
    const active = document.activeElement;
    // Only from the selection itself (focus on the page or around the paragraph) or from a link inside the paragraph:
    // from anywhere else Tab goes its usual way.
    if (active && !active.contains(quote.paragraph) && !quote.paragraph.contains(active)) return;
    event.preventDefault();
    target.focus();
  }
}

let hinted = false;
function hintOnce(): void {
  if (hinted) return;
  hinted = true;
  announce('Words selected: press Tab for “Copy link to this quote”.');
}

/** Starts offering "Copy link to this quote" whenever words inside one of the article's paragraphs are selected. */
export function offerQuoteLinks(): void {
  const schedule = onceAFrame(update);
  document.addEventListener('selectionchange', schedule);
  document.addEventListener('keydown', onKey, true);
  window.addEventListener('resize', schedule, { passive: true });
  update();
}
