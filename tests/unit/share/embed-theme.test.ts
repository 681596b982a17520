import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { THEME_SCRIPT, themeCss } from '../../../src/lib/share/embed-theme';
import { SCHEMES } from '../../../src/lib/site/palette';

// The theme an embed page at this query ends up with, running the inline script as the browser would.
function themeAt(search: string): string | undefined {
  const dataset: Record<string, string> = {};
  runInNewContext(THEME_SCRIPT, { location: { search }, URLSearchParams, document: { documentElement: { dataset } } });
  return dataset.theme;
}

describe('THEME_SCRIPT', () => {
  test.each([
    ['?theme=dark', 'dark'],
    ['?theme=light', 'light'],
    ['?x=1&theme=dark', 'dark'],
    ['', undefined],
    ['?theme=', undefined],
    ['?theme=blue', undefined],
    ['?theme=Dark', undefined],
    ['?scheme=dark', undefined],
  ])('at %j sets the page’s theme to %s', (search, theme) => {
    expect(themeAt(search)).toBe(theme);
  });

  test('is one block, so it leaves no global name behind for the page’s other scripts', () => {
    expect(THEME_SCRIPT.startsWith('{')).toBe(true);
    expect(THEME_SCRIPT.endsWith('}')).toBe(true);
  });
});

// The declarations of one theme's rule, as name -> value.
function rule(css: string, theme: string): Record<string, string> {
  const body = new RegExp(`html\\[data-theme=${theme}\\]\\{([^}]*)\\}`, 'u').exec(css)?.[1];
  if (body === undefined) throw new Error(`no rule for data-theme=${theme}`);
  return Object.fromEntries(body.split(';').map((declaration) => declaration.split(':') as [string, string]));
}

describe('themeCss', () => {
  test.each(['light', 'dark'] as const)('gives html[data-theme=%s] that scheme’s colour-scheme and every colour token of the palette', (theme) => {
    const { 'color-scheme': scheme, ...tokens } = rule(themeCss(), theme);
    expect(scheme).toBe(theme);
    expect(tokens).toEqual(SCHEMES[theme]);
  });

  test('applies on screens only, so print keeps its black on white', () => {
    expect(themeCss()).toMatch(/^@media screen\{html\[data-theme=light\]\{[^}]*\}html\[data-theme=dark\]\{[^}]*\}\}$/u);
  });

  test('takes its colours from the schemes it is given', () => {
    const css = themeCss({ light: { '--bg': '#ffffff' }, dark: { '--bg': '#000000' } });
    expect(rule(css, 'light')).toEqual({ 'color-scheme': 'light', '--bg': '#ffffff' });
    expect(rule(css, 'dark')).toEqual({ 'color-scheme': 'dark', '--bg': '#000000' });
  });
});
