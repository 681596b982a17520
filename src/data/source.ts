// Vite reads the content files at build time, so the page, the tests and the dev server see the same bytes.
// Stryker disable next-line all: Vite needs these arguments as literals; a mutant of them is not a program.
const files = import.meta.glob<string>(['/content/*.md', '/content/source/*.txt'], { query: '?raw', import: 'default', eager: true });

/** The raw text of a file below content/ (`source/<name>.txt`, `article.md`), named as in errors and the frontmatter. */
export function contentText(file: string): string {
  const text = files[`/content/${file}`];
  if (text === undefined) throw new Error(`content/${file} is not there: the article's frontmatter names a file that does not exist`);
  return text;
}
