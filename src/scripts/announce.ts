// The page's one status region speaks for every control, so a screen reader hears each copy once.
/** Says a message in the page's status region (`#copy-status`). */
export function announce(message: string): void {
  const status = document.getElementById('copy-status');
  if (status) status.textContent = message;
}

/** Marks a button as having copied, for sighted readers ("Copied" beside it), for two seconds. */
export function flashCopied(button: HTMLElement): void {
  button.dataset.copied = '';
  window.setTimeout(() => delete button.dataset.copied, 2000);
}

/** The class of the field showField adds: no built page has it, so the unused-CSS build test reads it from here. */
export const COPY_FALLBACK_CLASS = 'copy-fallback';

/**
 * Where copying is refused, shows the text selected in a read-only field after `anchor`, so the reader can still
 * copy it by hand; the field is reused on later attempts.
 */
export function showField(anchor: Element, text: string, label: string): HTMLInputElement {
  let field =
    anchor.nextElementSibling instanceof HTMLInputElement && anchor.nextElementSibling.classList.contains(COPY_FALLBACK_CLASS)
      ? anchor.nextElementSibling
      : null;
  if (!field) {
    field = document.createElement('input');
    field.className = COPY_FALLBACK_CLASS;
    field.readOnly = true;
    anchor.after(field);
  }
  field.setAttribute('aria-label', `${label}: press Ctrl+C or Command+C to copy`);
  field.value = text;
  field.focus();
  field.select();
  return field;
}

/** How a copied text is named: in the message that says it was copied (`what`), and on the field it falls back to. */
export interface CopyNames {
  what: string;
  field: string;
  /** What the message reads out after "copied:"; the text itself by default. */
  spoken?: string;
}

/** Copies text and says so, or shows it selected for copying by hand. */
export async function copyText(button: HTMLElement, text: string, names: CopyNames): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(`${names.what} copied: ${names.spoken ?? text}`);
    flashCopied(button);
  } catch {
    showField(button, text, names.field);
    announce(`Copying was not allowed: the ${names.what.toLowerCase()} is selected in the field beside the button.`);
  }
}
