import { describe, expect, test } from 'vitest';
import { searchFacetsOf } from '../../src/lib/searchFacets';
import {
  highlightTermsOf,
  MAX_HIGHLIGHT_TERMS,
  MAX_TERM_LENGTH,
  urlWithHighlight,
} from '../../src/lib/searchHighlight';
import { MAX_QUERY_LENGTH, queryFromUrl, urlWithQuery } from '../../src/lib/searchQuery';
import { realGuidePages } from '../support/guide-pages';

describe('searchFacetsOf', () => {
  test('files pros and cons under their kind and track', () => {
    expect(searchFacetsOf({ kind: 'pro', track: 'management' })).toEqual({
      track: 'management',
      kind: 'pro',
    });
    expect(searchFacetsOf({ kind: 'con', track: 'technical' })).toEqual({ track: 'technical', kind: 'con' });
  });
  test('files the reflection page as questions for both tracks', () =>
    expect(searchFacetsOf({ kind: 'reflection' })).toEqual({ track: 'both', kind: 'question' }));
  test('files the home, track and third-way pages as overviews', () => {
    expect(searchFacetsOf({ kind: 'home' })).toEqual({ track: 'both', kind: 'overview' });
    expect(searchFacetsOf({ kind: 'track', track: 'technical' })).toEqual({
      track: 'technical',
      kind: 'overview',
    });
    expect(searchFacetsOf({ kind: 'third-way' })).toEqual({ track: 'both', kind: 'overview' });
  });
  test('gives every page of the real guide a track and a kind, and every value is used', () => {
    const facets = realGuidePages().map((page) => searchFacetsOf(page.data));
    expect(new Set(facets.map((f) => f.track))).toEqual(new Set(['technical', 'management', 'both']));
    expect(new Set(facets.map((f) => f.kind))).toEqual(new Set(['pro', 'con', 'question', 'overview']));
  });
});

describe('queryFromUrl', () => {
  test('reads the q parameter', () =>
    expect(queryFromUrl('https://x.test/search/?q=soft+power')).toBe('soft power'));
  test('is empty without q, or with only blanks', () => {
    expect(queryFromUrl('https://x.test/search/')).toBe('');
    expect(queryFromUrl('https://x.test/search/?q=%20%20')).toBe('');
  });
  test('turns control characters into spaces and collapses runs of space', () =>
    expect(queryFromUrl('https://x.test/?q=a%00%0A%09b%20%20c')).toBe('a b c'));
  test('keeps markup as plain text for the search to treat as words', () =>
    expect(queryFromUrl('https://x.test/?q=%3Cimg%20src%3Dx%3E')).toBe('<img src=x>'));
  test('cuts an overlong query', () =>
    expect(queryFromUrl(`https://x.test/?q=${'a'.repeat(5000)}`)).toHaveLength(MAX_QUERY_LENGTH));
});

describe('urlWithQuery', () => {
  test('sets q, keeping the path, other parameters and the fragment', () =>
    expect(urlWithQuery('https://x.test/guide/search/?x=1#top', 'C-suite')).toBe(
      '/guide/search/?x=1&q=C-suite#top',
    ));
  test('replaces an earlier q', () =>
    expect(urlWithQuery('https://x.test/search/?q=old', 'new')).toBe('/search/?q=new'));
  test('drops q when the query is cleared', () =>
    expect(urlWithQuery('https://x.test/search/?q=old', '  ')).toBe('/search/'));
});

describe('highlightTermsOf', () => {
  test('reads every highlight term in order', () =>
    expect(highlightTermsOf('https://x.test/a/?highlight=soft&highlight=power')).toEqual(['soft', 'power']));
  test('drops blanks and repeats', () =>
    expect(highlightTermsOf('https://x.test/?highlight=&highlight=a&highlight=%20&highlight=a')).toEqual([
      'a',
    ]));
  test('caps the number and length of terms from a hostile link', () => {
    const many = Array.from({ length: 100 }, (_, i) => `highlight=t${i}`).join('&');
    expect(highlightTermsOf(`https://x.test/?${many}`)).toHaveLength(MAX_HIGHLIGHT_TERMS);
    expect(highlightTermsOf(`https://x.test/?highlight=${'x'.repeat(500)}`)[0]).toHaveLength(MAX_TERM_LENGTH);
  });
  test('has none when the parameter is absent', () =>
    expect(highlightTermsOf('https://x.test/a/#b')).toEqual([]));
});

describe('urlWithHighlight', () => {
  test('keeps exactly the given terms, the other parameters and the fragment', () =>
    expect(urlWithHighlight('https://x.test/a/?highlight=x&highlight=y&z=1#sec', ['soft'])).toBe(
      '/a/?z=1&highlight=soft#sec',
    ));
  test('removes the parameter when there are no terms, leaving a clean link', () =>
    expect(urlWithHighlight('https://x.test/a/?highlight=soft#sec', [])).toBe('/a/#sec'));
});
