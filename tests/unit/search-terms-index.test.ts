import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  matchedTerm,
  parseSearchTerms,
  SEARCH_TERMS_META,
  searchTermsText,
  withoutHiddenTerms,
  type SearchResultData,
} from '../../src/lib/searchTerms';
import { realGuidePages } from '../support/guide-pages';
import { guideSearch, type GuideSearch } from '../support/search-index';

// Issue 13: every hidden search term finds its own page first, in a real Pagefind index of
// the guide's indexed text (tests/support/search-index.ts), and is never shown as its text.
const pathOf = (id: string) => (id === 'index' ? '/' : `/${id}/`);
const termsByPage = realGuidePages().map((page) => ({
  path: pathOf(page.id),
  terms: ((page.data as { searchTerms?: string[] }).searchTerms ?? []) as string[],
}));
const allTerms = termsByPage.flatMap(({ path, terms }) => terms.map((term) => ({ path, term })));

let index: GuideSearch;
beforeAll(async () => {
  index = await guideSearch();
}, 30_000);
afterAll(() => index?.close());

describe('hidden search terms in the index', () => {
  test('every page of the guide has search terms', () => {
    expect(termsByPage.filter(({ terms }) => terms.length === 0).map(({ path }) => path)).toEqual([]);
  });

  test.each(allTerms)('“$term” finds $path first', async ({ term, path }) => {
    const results = await index.search(term);
    expect(results[0]?.url).toBe(path);
  });

  test.each(allTerms)('“$term” never shows the terms as the page’s text', async ({ term }) => {
    const [first] = await index.search(term);
    const shown = withoutHiddenTerms(first!.data as unknown as SearchResultData, term);
    const terms = parseSearchTerms(shown.meta[SEARCH_TERMS_META]);
    expect(terms).toContain(term);
    const article = shown.content.slice(0, shown.content.lastIndexOf(searchTermsText(terms)));
    const note = /^<span class="search-matched">matched: (.*?)<\/span> /.exec(shown.excerpt);
    const excerpt = shown.excerpt.slice(note?.[0].length ?? 0).replace(/<\/?mark>/g, '');
    expect(excerpt.length).toBeGreaterThan(0);
    expect(article).toContain(excerpt);
    // Found through a term alone: the note names it.
    if (note) expect(note[1]).toBe(matchedTerm(terms, term));
  });

  test('"IC" is found through its hidden term, and the result says so', async () => {
    const [first] = await index.search('IC');
    const shown = withoutHiddenTerms(first!.data as unknown as SearchResultData, 'IC');
    expect(shown.excerpt).toMatch(
      /^<span class="search-matched">matched: IC<\/span> Staying as a Distinguished Engineer/,
    );
  });

  test('a word the guide does not cover finds nothing: "salary", "burnout"', async () => {
    expect(await index.search('salary')).toEqual([]);
    expect(await index.search('burnout')).toEqual([]);
  });
});
