/** A part of the article a reader can share: a section or a chart, with the ids it was published under before. */
export interface Shareable {
  id: string;
  kind: 'section' | 'chart';
  title: string;
  aliases: readonly string[];
}

/** One share page: the id in its address (and the deep link it sends readers to) and the part whose card it shows. */
export interface ShareTarget {
  id: string;
  part: Shareable;
}

const WHERE_ALIASES = 'rename a heading with headingAliases in content/article.md, a chart with aliases in src/data/charts.ts';

/**
 * The share pages, from the published anchors: one for every published id of a section or chart, live or kept as
 * an alias, in the list's order. Paragraph ids (`isParagraph`) have none. The build stops, naming every id at fault
 * at once, when a published id is no longer on the page (a link already shared would break) or a section or chart
 * is not published (its links would go unchecked): a renamed heading is both.
 */
export function shareTargets(published: readonly string[], parts: readonly Shareable[], isParagraph: (id: string) => boolean): ShareTarget[] {
  const problems: string[] = [];
  const owner = new Map<string, Shareable>();
  for (const part of parts) {
    for (const id of [part.id, ...part.aliases]) {
      const taken = owner.get(id);
      if (taken) problems.push(`the id "${id}" is used by the ${taken.kind} "${taken.title}" and the ${part.kind} "${part.title}"`);
      else owner.set(id, part);
    }
  }
  const seen = new Set<string>();
  const targets = published.flatMap((id) => {
    if (seen.has(id)) problems.push(`"${id}" is listed twice in src/data/published-anchors.json`);
    seen.add(id);
    if (isParagraph(id)) return [];
    const part = owner.get(id);
    if (!part) problems.push(`the published id "${id}" is no section or chart on the page any more, so links to it would break: ${WHERE_ALIASES}`);
    return part ? [{ id, part }] : [];
  });
  for (const part of parts.filter((p) => !seen.has(p.id))) {
    problems.push(`the ${part.kind} "${part.id}" is not in src/data/published-anchors.json: add its id, so its links are kept for good`);
  }
  if (problems.length > 0) throw new Error(`Share pages:\n- ${problems.join('\n- ')}`);
  return targets;
}
