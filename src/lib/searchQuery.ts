/** The query-string key a shared search link carries: `/search/?q=promotion`. */
export const QUERY_PARAM = 'q';

/** Longer than any phrase a reader types; keeps a hostile link from stalling the page. */
export const MAX_QUERY_LENGTH = 200;

/** What an empty search field suggests: words readers bring that the guide answers. */
export const SEARCH_PLACEHOLDER = 'Search the guide: politics, promotion, delegate…';

/**
 * The search a page URL asks for, cleaned for use as a query: control characters become
 * spaces, runs of space collapse, and overlong input is cut. No `q`, or only blanks: ''.
 */
export function queryFromUrl(url: URL | string): string {
  const raw = new URL(url).searchParams.get(QUERY_PARAM) ?? '';
  return (
    raw
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_QUERY_LENGTH)
      .trim()
  );
}

/**
 * The same page URL with `q` set to the reader's current query (removed when empty), for
 * `history.replaceState` so the address bar is always a link to this search. Other
 * parameters and the fragment are kept.
 */
export function urlWithQuery(url: URL | string, query: string): string {
  const next = new URL(url);
  const trimmed = query.trim();
  if (trimmed) next.searchParams.set(QUERY_PARAM, trimmed);
  else next.searchParams.delete(QUERY_PARAM);
  return `${next.pathname}${next.search}${next.hash}`;
}
