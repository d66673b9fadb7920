import { describe, expect, test } from 'vitest';
import { guideSchema } from '../../src/schemas/guide';
import {
  excerptOf,
  matchedTerm,
  parseSearchTerms,
  SEARCH_TERMS_META,
  searchTermsText,
  withoutHiddenTerms,
  wordMatches,
  wordsOf,
  type SearchResultData,
} from '../../src/lib/searchTerms';

describe('searchTerms in frontmatter', () => {
  const page = {
    title: 'Technical track',
    description: 'A page of the guide about the technical track.',
    kind: 'home',
    order: 1,
  };
  const issuesOf = (searchTerms: unknown) => {
    const result = guideSchema().safeParse({ ...page, searchTerms });
    return result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  test('are optional and default to none', () => {
    const result = guideSchema().safeParse(page);
    expect(result.success && result.data.searchTerms).toEqual([]);
  });
  test('accept a list of distinct terms', () => expect(issuesOf(['IC', 'staff engineer'])).toEqual([]));
  test('reject an empty or blank term, naming it', () => {
    expect(issuesOf(['IC', ''])).toEqual(['searchTerms.1: a search term cannot be empty']);
    expect(issuesOf(['  '])).toEqual(['searchTerms.0: a search term cannot be empty']);
  });
  test('reject a repeated term, whatever its case', () => {
    expect(issuesOf(['IC', 'ic'])).toEqual([
      'searchTerms: search terms must not repeat (compared case-insensitively)',
    ]);
  });
  test('reject a comma, which would split one term in two', () => {
    expect(issuesOf(['IC, staff'])).toEqual(['searchTerms.0: a search term cannot hold a comma']);
  });
});

describe('searchTermsText and parseSearchTerms', () => {
  test('round-trip a list of terms', () => {
    const terms = ['IC', 'individual contributor', '1:1s'];
    expect(parseSearchTerms(searchTermsText(terms))).toEqual(terms);
  });
  test('read no terms from missing metadata', () => expect(parseSearchTerms(undefined)).toEqual([]));
});

describe('wordsOf and wordMatches', () => {
  test('split on anything but letters and digits, lower-cased', () =>
    expect(wordsOf('Player-coach, 1:1s!')).toEqual(['player', 'coach', '1', '1s']));
  test('a word being typed matches the words it starts', () =>
    expect(wordMatches('ment', 'mentoring')).toBe(true));
  test('a short ending does not stop a match', () => {
    expect(wordMatches('mentors', 'mentor')).toBe(true);
    expect(wordMatches('coding', 'code')).toBe(true);
  });
  test('different words do not match', () => expect(wordMatches('salary', 'scalable')).toBe(false));
});

describe('matchedTerm', () => {
  const terms = ['IC', 'individual contributor', 'staff engineer'];
  test('names the term every query word finds', () =>
    expect(matchedTerm(terms, 'staff eng')).toBe('staff engineer'));
  test('is case-insensitive', () => expect(matchedTerm(terms, 'ic')).toBe('IC'));
  test('falls back to a term one of the words finds', () =>
    expect(matchedTerm(terms, 'contributor salary')).toBe('individual contributor'));
  test('names nothing for an empty query or no match', () => {
    expect(matchedTerm(terms, '  ')).toBeUndefined();
    expect(matchedTerm(terms, 'salary')).toBeUndefined();
  });
});

describe('excerptOf', () => {
  const words = 'one two three four five six seven eight nine ten'.split(' ');
  test('marks the matched words in a window centred on the first', () =>
    expect(excerptOf(words, [6], 4)).toBe('five six <mark>seven</mark> eight'));
  test('keeps the window inside the text at either end', () => {
    expect(excerptOf(words, [0], 3)).toBe('<mark>one</mark> two three');
    expect(excerptOf(words, [9], 3)).toBe('eight nine <mark>ten</mark>');
  });
  test('shows the opening words when nothing is to be marked', () =>
    expect(excerptOf(words, [], 2)).toBe('one two'));
  test('escapes the text as HTML', () => expect(excerptOf(['<b>&'], [], 1)).toBe('&lt;b&gt;&amp;'));
});

describe('withoutHiddenTerms', () => {
  const terms = ['IC', 'staff engineer'];
  // Words 0-5 are article text; 6-8 are the hidden terms, as Pagefind indexes them.
  const result = (
    locations: number[],
    sub_results: SearchResultData['sub_results'] = [],
  ): SearchResultData => ({
    content: 'Staying as a Distinguished Engineer here. IC, staff engineer.',
    excerpt: 'as a Distinguished Engineer here. <mark>IC,</mark> staff engineer.',
    meta: { title: 'Technical track', [SEARCH_TERMS_META]: searchTermsText(terms) },
    locations,
    sub_results,
  });

  test('a result found through a term alone: the opening words, and a note naming the term', () => {
    const shown = withoutHiddenTerms(result([6]), 'ic');
    expect(shown.excerpt).toBe(
      '<span class="search-matched">matched: IC</span> Staying as a Distinguished Engineer here.',
    );
    expect(shown.meta.matched_term).toBe('IC');
  });
  test('a result the article also matched: article words marked, no note, no terms', () => {
    const shown = withoutHiddenTerms(result([4, 8]), 'engineer');
    expect(shown.excerpt).toBe('Staying as a Distinguished <mark>Engineer</mark> here.');
    expect(shown.meta.matched_term).toBeUndefined();
  });
  test('a result the terms took no part in is left as Pagefind made it', () => {
    const plain = result([4]);
    expect(withoutHiddenTerms(plain, 'engineer')).toBe(plain);
  });
  test('a page without terms is left alone', () => {
    const bare = { ...result([6]), meta: { title: 'x' } };
    expect(withoutHiddenTerms(bare, 'ic')).toBe(bare);
  });
  test('drops section sub-results found by a term alone, and cleans the others', () => {
    const shown = withoutHiddenTerms(
      result(
        [4, 6],
        [
          { title: 'Terms only', url: '/a/#t', excerpt: 'IC', locations: [6] },
          { title: 'Both', url: '/a/#b', excerpt: 'x', locations: [4, 7] },
          { title: 'Article', url: '/a/#a', excerpt: 'kept', locations: [1] },
        ],
      ),
      'engineer',
    );
    expect(shown.sub_results?.map((sub) => [sub.title, sub.excerpt])).toEqual([
      ['Both', 'Staying as a Distinguished <mark>Engineer</mark> here.'],
      ['Article', 'kept'],
    ]);
  });
  test('escapes a term in the note', () => {
    const hostile = { ...result([6]), meta: { [SEARCH_TERMS_META]: '<img>' }, content: 'Text here. <img>' };
    expect(withoutHiddenTerms(hostile, '<img>').excerpt).toBe(
      '<span class="search-matched">matched: &lt;img&gt;</span> Text here.',
    );
  });
});
