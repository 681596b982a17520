/** The absolute address of a fragment on this page, whatever base path or host it is served from. */
export function fragmentUrl(fragment: string, location: Pick<Location, 'origin' | 'pathname' | 'search'> = window.location): string {
  return `${location.origin}${location.pathname}${location.search}#${encodeURIComponent(fragment)}`;
}

// The page's one status region speaks for every control, so a screen reader hears each copy once.
const announce = (message: string) => {
  const status = document.getElementById('copy-status');
  if (status) status.textContent = message;
};

/**
 * `<copy-link data-fragment data-share data-title>` around a hidden button: shows the button once it can work, then
 * shares the part's link, its share page (`data-share`) where it has one, else its deep link: by the share sheet on
 * touch devices that have one, else by copying it, else by showing it selected.
 */
export class CopyLink extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button || !button.hidden) return;
    button.hidden = false;
    button.addEventListener('click', () => void this.share(button));
  }

  private async share(button: HTMLButtonElement): Promise<void> {
    // A share page's link preview is the part's own card; following it lands on the deep link as before.
    const url = this.dataset.share ? new URL(this.dataset.share, window.location.href).href : fragmentUrl(this.dataset.fragment ?? '');
    const title = this.dataset.title ?? document.title;
    if (window.matchMedia('(pointer: coarse)').matches && typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // A reader who closes the share sheet changed their mind: nothing is copied behind their back.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      announce(`Link copied: ${url}`);
      // A brief visible confirmation for sighted readers; the status region speaks to screen readers.
      button.dataset.copied = '';
      window.setTimeout(() => delete button.dataset.copied, 2000);
    } catch {
      this.showField(button, url);
      announce('Copying was not allowed: the link is selected in the field beside the button.');
    }
  }

  // Where copying is refused, the link is shown selected in a field so the reader can still copy it by hand.
  private showField(button: HTMLButtonElement, url: string): void {
    let field = this.querySelector<HTMLInputElement>('input.copy-fallback');
    if (!field) {
      field = document.createElement('input');
      field.className = 'copy-fallback';
      field.readOnly = true;
      field.setAttribute('aria-label', 'Link to this part of the page: press Ctrl+C or Command+C to copy');
      button.after(field);
    }
    field.value = url;
    field.focus();
    field.select();
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
