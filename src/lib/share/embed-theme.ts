import { SCHEMES } from '../site/palette';

/** The colour schemes a host may ask an embed for (`?theme=dark`), overriding the reader's own. */
export const THEMES = ['light', 'dark'] as const satisfies readonly (keyof typeof SCHEMES)[];

/** A scheme a host may ask for. */
export type Theme = (typeof THEMES)[number];

/** The embed URL's query parameter that names the theme. */
export const THEME_PARAM = 'theme';

/**
 * The inline script that sets `data-theme` on `<html>` from `?theme=`, before the first paint (a module script runs
 * too late for that); any other value is ignored and the page follows the reader's scheme. It is written here, not
 * in src/scripts, because it must run as written: the layout adds its hash to the page's CSP.
 */
export const THEME_SCRIPT = `{const theme = new URLSearchParams(location.search).get(${JSON.stringify(THEME_PARAM)}); if (${JSON.stringify(THEMES)}.includes(theme)) document.documentElement.dataset.theme = theme;}`;

/**
 * The rules that give a page under `data-theme` that scheme's tokens, whatever the reader prefers: generated from
 * the palette, so no colour is written twice. `html[data-theme]` outranks global.css's `:root` in either scheme;
 * print keeps its black on white.
 */
export function themeCss(schemes: Record<Theme, Record<string, string>> = SCHEMES): string {
  const rules = THEMES.map((theme) => {
    const tokens = Object.entries(schemes[theme]).map(([name, value]) => `${name}:${value}`);
    return `html[data-theme=${theme}]{${[`color-scheme:${theme}`, ...tokens].join(';')}}`;
  });
  return `@media screen{${rules.join('')}}`;
}
