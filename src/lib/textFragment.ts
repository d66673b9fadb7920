/**
 * Links to a highlighted passage (scroll-to-text fragments, `#id:~:text=…`). Browsers that
 * know text fragments scroll to and highlight the passage; the others ignore everything
 * from `:~:` on and still land on the section `#id`.
 */

/** Above this many characters a selection is linked by its first and last words instead. */
const MAX_EXACT_LENGTH = 80;
/** Words kept at each end of a long selection. */
const EDGE_WORDS = 4;

/**
 * Percent-encodes text for a `text=` directive: everything `encodeURIComponent` escapes,
 * plus the directive's own syntax, `-` (prefix/suffix marker), `,` (start/end separator)
 * and `&` (directive separator), and the quotes and brackets some chat apps cut links at.
 */
export function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(
    /[-,!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Collapses runs of whitespace (line breaks in a selection included) to single spaces. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The fragment for a selected passage in section `id`: `id:~:text=…`, with a long passage
 * shortened to `start,end`. Returns just the section id when nothing worth linking is selected.
 */
export function textFragmentOf(id: string, selection: string): string {
  const text = normalise(selection);
  if (!text) return id;
  if (text.length <= MAX_EXACT_LENGTH) return `${id}:~:text=${encodeTextDirective(text)}`;
  const words = text.split(' ');
  if (words.length <= EDGE_WORDS * 2) return `${id}:~:text=${encodeTextDirective(text)}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `${id}:~:text=${encodeTextDirective(start)},${encodeTextDirective(end)}`;
}
