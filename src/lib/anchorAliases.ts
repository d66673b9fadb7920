/**
 * Old fragment links keep landing after an id is renamed: the page carries an empty
 * element with the old id as the first child of the renamed section (inside its legend
 * for a fieldset, whose legend must come first), so the browser
 * scrolls to the section with no JavaScript. Applied to the built HTML, so it works for
 * every kind of section (MDX headings, template headings, cards, questions) alike.
 */

/** The class alias targets carry; the landing script follows them to their section. */
export const ALIAS_CLASS = 'anchor-alias';

/** Escapes a string for use inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Inserts an alias target for each `{ from, to }` right after the opening tag of the
 * element whose id is `to`. Returns the new HTML and the aliases whose section was not
 * found (the caller reports them: a mapping to nowhere is a broken link).
 */
export function insertAliasTargets(
  html: string,
  aliases: ReadonlyArray<{ from: string; to: string }>,
): { html: string; missing: string[] } {
  const missing: string[] = [];
  let out = html;
  for (const { from, to } of aliases) {
    if (new RegExp(`\\sid="${escapeRegExp(from)}"`).test(out)) continue; // already present: nothing to alias
    const opening = new RegExp(`<([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*\\sid="${escapeRegExp(to)}"[^>]*>`);
    const match = opening.exec(out);
    if (!match) {
      missing.push(`${from} → ${to}`);
      continue;
    }
    let at = match.index + match[0].length;
    if (match[1]?.toLowerCase() === 'fieldset') {
      const legend = /^\s*<legend\b[^>]*>/.exec(out.slice(at));
      if (legend) at += legend[0].length;
    }
    out = `${out.slice(0, at)}<span id="${from}" class="${ALIAS_CLASS}" data-alias-of="${to}"></span>${out.slice(at)}`;
  }
  return { html: out, missing };
}
