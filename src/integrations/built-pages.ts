import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page below a built folder, as paths relative to it with forward slashes, in order: the same on any disk. */
export function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}
