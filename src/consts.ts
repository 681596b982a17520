/** The site's own name, used in titles and the header; the article's headline is in content/article.md. */
export const SITE_NAME = 'Arms to Baku, checked';

/** Language of every page. */
export const SITE_LANG = 'en';

/** The one content entry: the article as published here. */
export const ARTICLE_ID = 'article';

/** The page's own opening section: the figures at a glance, before the article. */
export const KEY_FIGURES_SECTION = { id: 'key-figures', title: 'Key figures' } as const;

/** The page's note on where the text comes from and what was removed, before the article's sections. */
export const ABOUT_SECTION = { id: 'about-this-text', title: 'About this text' } as const;

/** The page's own closing section: the dated events, after the article's sections. */
export const TIMELINE_SECTION = { id: 'timeline', title: 'Timeline of the events' } as const;

/** The site's base path with a trailing slash ("/" or "/arms-report/"), for building links in pages. */
export const BASE = import.meta.env.BASE_URL.replace(/\/?$/u, '/');
