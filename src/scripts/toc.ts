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

  const links = new Map<string, HTMLAnchorElement>();
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')) {
    links.set(link.dataset.tocLink ?? '', link);
  }
  const sections = [...document.querySelectorAll<HTMLElement>('section[aria-labelledby]')].filter((section) =>
    links.has(section.getAttribute('aria-labelledby') ?? ''),
  );
  const visible = new Set<Element>();
  const mark = () => {
    // The current section is the first one in document order that has any part in the reading band.
    const current = sections.find((section) => visible.has(section));
    if (!current) return;
    const id = current.getAttribute('aria-labelledby') ?? '';
    for (const [key, link] of links) {
      if (key === id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      mark();
    },
    // The reading band: below the sticky header, upper part of the viewport.
    { rootMargin: '-20% 0px -55% 0px' },
  );
  for (const section of sections) observer.observe(section);
}
