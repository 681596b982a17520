/**
 * The absolute address of a fragment of this page, whatever base path or host it is served from. The fragment is
 * taken as written: encode an id first (`encodeURIComponent`); a text directive comes already encoded.
 */
export function pageUrl(fragment: string, location: Pick<Location, 'origin' | 'pathname' | 'search'> = window.location): string {
  return `${location.origin}${location.pathname}${location.search}#${fragment}`;
}
