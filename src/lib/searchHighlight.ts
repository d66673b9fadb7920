/** The query parameter a search result adds so the page it opens highlights the terms. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Enough for any phrase a reader searches; a hostile link cannot make the page mark thousands of terms. */
export const MAX_HIGHLIGHT_TERMS = 8;
export const MAX_TERM_LENGTH = 40;

/**
 * The terms to highlight from a page URL: each `highlight` value, trimmed, without control
 * characters, at most {@link MAX_TERM_LENGTH} characters and {@link MAX_HIGHLIGHT_TERMS}
 * terms, blanks and repeats dropped.
 */
export function highlightTermsOf(url: URL | string): string[] {
  const terms = new URL(url).searchParams
    .getAll(HIGHLIGHT_PARAM)
    .map((term) =>
      term
        // Control characters from a pasted link become spaces.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .trim()
        .slice(0, MAX_TERM_LENGTH)
        .trim(),
    )
    .filter((term) => term.length > 0);
  return [...new Set(terms)].slice(0, MAX_HIGHLIGHT_TERMS);
}

/**
 * The page URL (path, query, fragment) with exactly these highlight terms; none removes
 * the parameter, which is how a dismissed highlight leaves a clean, shareable link.
 */
export function urlWithHighlight(url: URL | string, terms: readonly string[]): string {
  const next = new URL(url);
  next.searchParams.delete(HIGHLIGHT_PARAM);
  for (const term of terms) next.searchParams.append(HIGHLIGHT_PARAM, term);
  return `${next.pathname}${next.search}${next.hash}`;
}
