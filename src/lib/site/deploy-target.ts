/** Where the site is served when SITE_URL is not set: Astro's own dev and preview address. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** The site's absolute origin from SITE_URL, checked so a typo fails the build instead of every canonical URL. */
export function siteOrigin(value: string | undefined): string {
  const raw = value?.trim() || LOCAL_ORIGIN;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute URL (expected e.g. https://example.org)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${raw}" must be http or https`);
  // A path here would be silently lost from every URL: it belongs in BASE_PATH.
  if (url.pathname !== '/' || url.search || url.hash) throw new Error(`SITE_URL "${raw}" must be an origin only; put "${url.pathname}" in BASE_PATH`);
  return url.origin;
}

/** The base path from BASE_PATH, normalised to "/" or "/a/b" (leading slash, no trailing slash). */
export function basePath(value: string | undefined): string {
  const parts = (value ?? '').split('/').filter(Boolean);
  for (const part of parts) {
    if (!/^[\w.~-]+$/u.test(part) || /^\.+$/u.test(part)) throw new Error(`BASE_PATH "${value}" has an unsafe segment "${part}"`);
  }
  return `/${parts.join('/')}`;
}
