// Vite reads the source files at build time, so the page, the tests and the dev server see the same bytes.
const sources = import.meta.glob<string>('/content/source/*.txt', { query: '?raw', import: 'default', eager: true });

/** The raw text of a source file named as in the article's frontmatter (`source/<name>.txt`). */
export function sourceText(file: string): string {
  const text = sources[`/content/${file}`];
  if (text === undefined) {
    throw new Error(`content/${file} is not there: the article's frontmatter names a source file that does not exist`);
  }
  return text;
}
