import { onceAFrame } from './frame';

/** Marks the section being read in the table of contents and opens the list on wide screens. */
export function initToc(): void {
  const nav = document.querySelector<HTMLElement>('[data-toc]');
  if (!nav) return;
  const details = nav.querySelector('details');
  const wide = window.matchMedia('(min-width: 64rem)');
  const syncOpen = () => {
    if (details && wide.matches) details.open = true;
  };
  syncOpen();
  wide.addEventListener('change', syncOpen);

  const entries = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')].flatMap((link) => {
    const heading = document.getElementById(link.dataset.tocLink ?? '');
    return heading ? [{ link, heading }] : [];
  });
  // Headings decide, not section boxes: the section being read is the last whose heading has passed the line.
  const mark = () => {
    const line = window.innerHeight * 0.3;
    const current = entries.filter(({ heading }) => heading.getBoundingClientRect().top <= line).at(-1) ?? entries[0];
    for (const entry of entries) {
      if (entry === current) entry.link.setAttribute('aria-current', 'location');
      else entry.link.removeAttribute('aria-current');
    }
  };
  const schedule = onceAFrame(mark);
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  mark();
}
