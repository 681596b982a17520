import { copyText } from './announce';
import { pageUrl } from './page-url';
import { paragraphOf } from './paragraphs';

/**
 * `<copy-link>` around a hidden button: shows the button once it can work. With `data-text` it copies that text
 * (an embed code, named by `data-what`); otherwise it shares the part's link, its share page (`data-share`) where it
 * has one, else its deep link (`data-fragment`): by the share sheet on touch devices that have one, else by copying,
 * else by showing it selected.
 */
export class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || !button.hidden) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.share(button));
  }

  private async share(button: HTMLButtonElement): Promise<void> {
    const { text, what, share, fragment, title } = this.dataset;
    if (text !== undefined) return copyText(button, text, { what: what ?? 'Text', field: what ?? 'Text', spoken: 'paste it into your page’s HTML' });
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
