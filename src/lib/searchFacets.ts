import type { PageKind, Track } from './types';

/** The search filter values a reader can narrow by; labels in the UI, keys in the index. */
export const searchTracks = ['technical', 'management', 'both'] as const;
export const searchKinds = ['pro', 'con', 'question', 'overview'] as const;

export type SearchTrack = (typeof searchTracks)[number];
export type SearchKind = (typeof searchKinds)[number];

export interface SearchFacets {
  track: SearchTrack;
  kind: SearchKind;
}

/** The search kind of each page kind. */
const SEARCH_KINDS: Record<PageKind, SearchKind> = {
  home: 'overview',
  track: 'overview',
  pro: 'pro',
  con: 'con',
  'third-way': 'overview',
  reflection: 'question',
};

/**
 * The search filters of a guide page. Readers think in "pros", "cons" and "questions",
 * not in our page kinds, so everything else (the home page, track intros, the third way)
 * is an "overview"; pages that belong to neither track weigh "both".
 */
export function searchFacetsOf(page: { kind: PageKind; track?: Track | undefined }): SearchFacets {
  return { track: page.track ?? 'both', kind: SEARCH_KINDS[page.kind] };
}

/**
 * The `data-pagefind-filter` value that tags a page with its facets, read from two
 * attributes on the same element (Pagefind allows only one inline `key:value` per attribute).
 */
export const SEARCH_FILTER_ATTRIBUTE = 'track[data-search-track], kind[data-search-kind]';
