/** The site's own name, used in titles and the header; the article's headline is in content/article.md. */
export const SITE_NAME = 'Arms to Baku, checked';

/** Who publishes this site (the source article's publisher is credited from the article's frontmatter). */
export const SITE_PUBLISHER = 'Arms to Baku, checked: an independent data-journalism microsite';

/** Language of every page. */
export const SITE_LANG = 'en';

/** The one content entry: the article as published here. */
export const ARTICLE_ID = 'article';
