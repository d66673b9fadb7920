/*
 * Hidden search terms (issue 13): the words readers use for a page that the article does
 * not ("IC", "coding"). A page lists them in its frontmatter (`searchTerms`). They never
 * reach the served page: when the search index is built, the page's HTML as Pagefind reads
 * it gets them at the very end of its indexed article, weighted below the article's own
 * text, and as metadata (withSearchTerms). Pagefind then finds the page by them, but cuts
 * its excerpts from the indexed text, terms included: withoutHiddenTerms takes them back
 * out of a result before it is shown, and names the term the result was found by.
 */

/** Index weight of the hidden terms: below the article's own text (weight 1). */
export const SEARCH_TERMS_WEIGHT = 0.5;
/** The Pagefind metadata key that carries a page's terms to its search results. */
export const SEARCH_TERMS_META = 'search_terms';
/** How the terms are joined in the page (and so in the index and the metadata). */
const SEPARATOR = ', ';

/** The text the page template writes for its terms. Terms hold no comma (the schema says so). */
export function searchTermsText(terms: readonly string[]): string {
  return terms.join(SEPARATOR);
}

/** The terms back from that text (a result's metadata). */
export function parseSearchTerms(text: string | undefined): string[] {
  return (text ?? '')
    .split(SEPARATOR)
    .map((term) => term.trim())
    .filter(Boolean);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A built page's HTML as Pagefind should index it: its terms added as the last thing of
 * its `<article data-pagefind-body>`, at SEARCH_TERMS_WEIGHT, and as metadata.
 */
export function withSearchTerms(html: string, terms: readonly string[]): string {
  if (terms.length === 0) return html;
  const body = html.search(/<article\b[^>]*\sdata-pagefind-body\b/);
  const end = html.lastIndexOf('</article>');
  if (body < 0 || end < body)
    throw new Error('a page with search terms needs an <article data-pagefind-body> to put them in');
  const hidden = `<p hidden data-pagefind-weight="${SEARCH_TERMS_WEIGHT}" data-pagefind-meta="${SEARCH_TERMS_META}">${escapeHtml(searchTermsText(terms))}</p>`;
  return html.slice(0, end) + hidden + html.slice(end);
}

/** Lower-case words of a text: letters and digits, whatever the punctuation around them. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A rough English stem: a word without its common endings ("coding", "code" → "cod"). */
export function stemOf(word: string): string {
  return word.replace(/(ations?|ions?|ments?|ings?|ers?|ed|es|ly|s)$/, '').replace(/e$/, '');
}

/**
 * Whether a query word finds a word of the index the way Pagefind does: the same word, the
 * query word as a prefix (Pagefind completes the word being typed), or the same stem
 * ("mentors" finds "mentor", "coding" finds "code").
 */
export function wordMatches(queryWord: string, indexWord: string): boolean {
  if (indexWord.startsWith(queryWord)) return true;
  const stem = stemOf(queryWord);
  return stem.length >= 3 && stem === stemOf(indexWord);
}

/** The term of `terms` that `query` matched: the first that every query word finds, else the first any word finds. */
export function matchedTerm(terms: readonly string[], query: string): string | undefined {
  const queryWords = wordsOf(query);
  if (queryWords.length === 0) return undefined;
  const finds = (term: string, queryWord: string) =>
    wordsOf(term).some((word) => wordMatches(queryWord, word));
  return (
    terms.find((term) => queryWords.every((q) => finds(term, q))) ??
    terms.find((term) => queryWords.some((q) => finds(term, q)))
  );
}

/** The slice of a Pagefind result (`await result.data()`) this module reads and rewrites. */
export interface SearchResultData {
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  locations: number[];
  sub_results?: SubResultData[];
}
export interface SubResultData {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
}

/**
 * An excerpt of `length` words from `words` (already cut before the terms), centred on the
 * first of `locations` (word positions, as Pagefind counts them), those words marked; the
 * opening words when there is no location. HTML, like Pagefind's own excerpts.
 */
export function excerptOf(words: readonly string[], locations: readonly number[], length: number): string {
  const inside = locations.filter((location) => location >= 0 && location < words.length);
  const first = inside.length ? Math.min(...inside) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 2), words.length - length));
  const marked = new Set(inside);
  return words
    .slice(start, start + length)
    .map((word, index) => (marked.has(start + index) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
}

/**
 * A result as a reader should see it: excerpts cut from the article text only, section
 * sub-results found only by a hidden term dropped, and, when a hidden term is all that
 * matched, a note saying which ("matched: IC") ahead of the page's opening words. A result
 * the terms took no part in comes back as it was.
 */
export function withoutHiddenTerms<T extends SearchResultData>(
  data: T,
  query: string,
  excerptLength = 22,
): T {
  const terms = parseSearchTerms(data.meta[SEARCH_TERMS_META]);
  if (terms.length === 0) return data;
  const words = data.content.split(/\s+/).filter(Boolean);
  // The terms are the last words of the indexed text (the template puts them there).
  const start = words.length - searchTermsText(terms).split(/\s+/).length;
  if (start < 0 || !data.locations.some((location) => location >= start)) return data;
  const article = words.slice(0, start);
  const inArticle = (locations: readonly number[]) => locations.filter((location) => location < start);
  const found = inArticle(data.locations);
  const term = found.length === 0 ? (matchedTerm(terms, query) ?? terms[0]) : undefined;
  const note = term ? `<span class="search-matched">matched: ${escapeHtml(term)}</span> ` : '';
  const subResults = data.sub_results
    ?.filter((sub) => sub.locations.length === 0 || inArticle(sub.locations).length > 0)
    .map((sub) =>
      sub.locations.some((location) => location >= start)
        ? { ...sub, excerpt: excerptOf(article, inArticle(sub.locations), excerptLength) }
        : sub,
    );
  return {
    ...data,
    excerpt: note + excerptOf(article, found, excerptLength),
    ...(subResults && { sub_results: subResults }),
    meta: { ...data.meta, ...(term && { matched_term: term }) },
  };
}
