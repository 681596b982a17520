import { copyText } from './announce';
import { pageUrl } from './page-url';
import { paragraphOf } from './paragraphs';

/**
 * `<copy-link>` around a hidden button: shows the button once it can work. With `data-text` it copies that text
 * (an embed code, named by `data-what`), with `data-text-from` the text of the element of that id (a citation),
 * and `data-spoken` says what to do with it; otherwise it shares the part's link, its share page (`data-share`) where it
 * has one, else its deep link (`data-fragment`): by the share sheet on touch devices that have one, else by copying,
 * else by showing it selected.
 */
export class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || !button.hidden) return;
    // A button whose text is missing would copy nothing: it stays hidden.
    if (this.dataset.textFrom !== undefined && !document.getElementById(this.dataset.textFrom)) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.share(button));
  }

  private async share(button: HTMLButtonElement): Promise<void> {
    const { text, textFrom, what, spoken, share, fragment, title } = this.dataset;
    // A text shown on the page is copied from its element, so the page need not carry it twice.
    const copied = textFrom === undefined ? text : document.getElementById(textFrom)?.textContent;
    if (copied != null) return copyText(button, copied, { what: what ?? 'Text', field: what ?? 'Text', spoken: spoken ?? 'paste it into your page’s HTML' });
    // A share page's link preview is the part's own card; following it lands on the deep link as before.
    const url = share ? new URL(share, window.location.href).href : pageUrl(encodeURIComponent(fragment ?? ''));
    if (window.matchMedia('(pointer: coarse)').matches && typeof navigator.share === 'function') {
      try {
        await navigator.share({ title: title ?? document.title, url });
        return;
      } catch (error) {
        // A reader who closes the share sheet changed their mind: nothing is copied behind their back.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    return copyText(button, url, { what: 'Link', field: 'Link to this part of the page' });
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);

// Links to a quote: their code loads once a reader first selects words inside one of the article's paragraphs.
function onFirstSelection(): void {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || !paragraphOf(selection.anchorNode)) return;
  document.removeEventListener('selectionchange', onFirstSelection);
  void import('./quote-link').then((quote) => quote.offerQuoteLinks());
}
if (document.getElementById('copy-status')) document.addEventListener('selectionchange', onFirstSelection);
