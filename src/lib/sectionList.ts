/**
 * The list of a page's linkable sections that the section-share element carries in its
 * `data-sections`. It rides in every page's HTML, so it is terse: space-separated ids, each
 * written `id` when its short link has the same name and `id=short` otherwise. Ids are
 * GitHub-style slugs, so they never contain a space or `=`.
 */

/** Writes the list for a page's sections, in page order. */
export function formatSectionList(sections: ReadonlyArray<{ id: string; short: string }>): string {
  return sections.map(({ id, short }) => (short === id ? id : `${id}=${short}`)).join(' ');
}

/** Reads the list back: section id → short id ('' for a section without a short link). */
export function parseSectionList(list: string): Record<string, string> {
  const sections: Record<string, string> = {};
  for (const entry of list.split(/\s+/)) {
    if (!entry) continue;
    const [id = '', short] = entry.split('=');
    sections[id] = short ?? id;
  }
  return sections;
}
