import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { builtSearch, type GuideSearch } from '../support/search-index';
import { builtPages } from '../../tools/lib/built-site';
import { distDir, root } from '../../tools/lib/paths';

// Issue 13: every hidden search term finds its own page first in the built site's own search
// index (tests/support/search-index.ts), is never shown as its text, and never reaches a page.
const pathOf = (id: string) => (id === 'index' ? '/' : `/${id}/`);
const termsByPage = realGuidePages().map((page) => ({
  path: pathOf(page.id),
  source: readFileSync(join(root, page.filePath!), 'utf8').split(/^---$/m).slice(2).join('---'),
  terms: ((page.data as { searchTerms?: string[] }).searchTerms ?? []) as string[],
}));
const allTerms = termsByPage.flatMap(({ path, terms }) => terms.map((term) => ({ path, term })));

let index: GuideSearch;
beforeAll(async () => {
  index = await builtSearch();
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

describe('hidden search terms in the built pages', () => {
  const pages = builtPages(distDir);
  const wholeWord = (term: string) => new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ');

  test('no built page carries a page’s terms or their metadata', () => {
    const found = pages.flatMap((page) => [
      ...(page.html.includes(SEARCH_TERMS_META) ? [`${page.path}: ${SEARCH_TERMS_META}`] : []),
      ...termsByPage
        .filter(({ terms }) => terms.length > 1 && page.html.includes(searchTermsText(terms)))
        .map(({ path }) => `${page.path}: the terms of ${path}`),
    ]);
    expect(found).toEqual([]);
  });

  test.each(termsByPage.filter(({ terms }) => terms.length))(
    '$path shows none of its terms its article does not use',
    ({ path, source, terms }) => {
      const page = pages.find((built) => built.path === path)!;
      const hidden = terms.filter((term) => !wholeWord(term).test(source));
      expect(hidden.length, `${path} has terms of its own`).toBeGreaterThan(0);
      expect(hidden.filter((term) => wholeWord(term).test(textOf(page.html)))).toEqual([]);
    },
  );
});
