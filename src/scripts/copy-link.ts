const announce = (status: HTMLElement | null, message: string) => {
  if (status) status.textContent = message;
};

/** The absolute address of a fragment on this page, whatever base path or host it is served from. */
export function fragmentUrl(fragment: string, location: Pick<Location, 'origin' | 'pathname' | 'search'> = window.location): string {
  return `${location.origin}${location.pathname}${location.search}#${encodeURIComponent(fragment)}`;
}

// Where copying is refused, the link is shown selected in a field so the reader can still copy it by hand.
function showFallback(button: HTMLElement, url: string): void {
  let field = button.parentElement?.querySelector<HTMLInputElement>('input.copy-fallback');
  if (!field) {
    field = document.createElement('input');
    field.className = 'copy-fallback';
    field.readOnly = true;
    field.setAttribute('aria-label', 'Link to this section: press Ctrl+C or Command+C to copy');
    button.after(field);
  }
  field.value = url;
  field.focus();
  field.select();
}

/** Turns on every copy-link button: share sheet on touch devices that have one, else the clipboard, else a field. */
export function initCopyLinks(): void {
  const status = document.getElementById('copy-status');
  const touch = window.matchMedia('(pointer: coarse)').matches;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link[data-fragment]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const url = fragmentUrl(button.dataset.fragment ?? '');
      const title = button.closest('.heading-wrap, figure')?.querySelector('h2, h3, figcaption strong')?.textContent?.trim() ?? document.title;
      if (touch && typeof navigator.share === 'function') {
        try {
          await navigator.share({ title, url });
          return;
        } catch (error) {
          if (error instanceof DOMException && error.name === 'AbortError') return;
        }
      }
      try {
        await navigator.clipboard.writeText(url);
        announce(status, `Link copied: ${url}`);
        // A brief visible confirmation for sighted readers; the status region speaks to screen readers.
        button.dataset.copied = '';
        window.setTimeout(() => delete button.dataset.copied, 2000);
      } catch {
        showFallback(button, url);
        announce(status, 'Copying was not allowed: the link is selected in the field beside the button.');
      }
    });
  }
}
