import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'an id is lower-case words joined by hyphens');

/** The article's frontmatter: our headline and words over the source's, shared by the collection and the tests. */
export const articleFrontmatter = z.object({
  headline: z.string().min(10).max(90),
  standfirst: z.string().min(40).max(240),
  description: z.string().min(50).max(160),
  source: z.object({
    outlet: z.string(),
    publisher: z.string(),
    url: z.url(),
    file: z.string().regex(/^source\/[\w.-]+\.txt$/u, 'the source file lives in content/source/'),
  }),
  event: z.object({
    date: z.coerce.date(),
    description: z.string(),
  }),
  // Old section id -> current section id, so links shared before a heading was renamed keep working.
  headingAliases: z.record(slug, slug).default({}),
});

/** The frontmatter as parsed, the type components read. */
export type ArticleFrontmatter = z.infer<typeof articleFrontmatter>;
