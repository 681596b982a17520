// BibTeX counts every brace, escaped or not, so a lone `\{` would unbalance the entry: braces are written as the
// text commands LaTeX and Biber both know. A backslash, `~` and `^` would be read as commands or accents.
const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
};

/** Text as a BibTeX field holds it: every character TeX or BibTeX would read as markup escaped, the rest (Unicode too) kept. */
export const bibtexText = (text: string) => text.replace(/[\\{}~^&%$#_]/gu, (char) => TEXT_ESCAPES[char]!);

// A URL never needs a literal brace or backslash: percent-encoded, it is the same address and keeps the entry balanced.
const balancedUrl = (url: string) => url.replace(/[{}\\]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** A URL for the verbatim `url` field, which BibTeX and Biber copy as it is: only its braces and backslashes are encoded. */
export const bibtexUrl = (url: string) => balancedUrl(url);

/** A URL as `\url{…}` inside a text field, an argument of another command when LaTeX prints it: `%` and `#` are escaped too. */
export const bibtexUrlCommand = (url: string) => `\\url{${balancedUrl(url).replace(/[%#]/gu, (char) => `\\${char}`)}}`;

/** A field's value, already escaped; a field whose value is absent is left out of the entry. */
export type BibtexFields = Readonly<Record<string, string | undefined>>;

/** One BibTeX entry, fields in the order given, two spaces in and one a line; absent fields are left out, never written empty. */
export function bibtexEntry(type: string, key: string, fields: BibtexFields): string {
  if (!/^[a-z]+$/u.test(type)) throw new Error(`BibTeX entry "${key}": the type "${type}" is not a lower-case word`);
  // The characters BibTeX ends or splits a key on, and spaces, which would leave a reader with a key it cannot cite.
  if (!/^[\w:.-]+$/u.test(key)) throw new Error(`BibTeX entry key "${key}" may hold only letters, digits, "_", ":", "." and "-"`);
  const lines = Object.entries(fields).flatMap(([name, value]) => (value === undefined ? [] : [`  ${name} = {${value}}`]));
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}
