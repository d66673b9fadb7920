/*
 * What the service worker keeps, and under which rule (docs/offline.md). Pure functions of a
 * URL and the deploy base, shared by the worker (src/offline/sw.ts), the build that lists the
 * guide for "Save for offline" (integrations/offline-worker.ts) and the unit tests, so the
 * rules are read and tested in one place.
 */

/**
 * - `page`: a guide page (a path ending in `/`), network first, kept once opened.
 * - `data`: the reading paths' section data, kept like a page.
 * - `asset`: Astro's content-hashed code and styles, kept once loaded (never stale).
 * - `search`: Pagefind's files, served only from a saved guide (not kept on their own).
 * - `none`: everything else (other origins, the worker, the manifest, link previews): left to the network.
 */
export type KeepRule = 'page' | 'data' | 'asset' | 'search' | 'none';

/** `guide`, `/guide` and `/guide/` mean `/guide/`; nothing means `/`. */
export function scopeOf(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The rule for a GET request to `url` from a site deployed at `origin` + `base`. */
export function keepRuleOf(url: URL, origin: string, base: string): KeepRule {
  const scope = scopeOf(base);
  if (url.origin !== origin || !url.pathname.startsWith(scope)) return 'none';
  const path = url.pathname.slice(scope.length - 1);
  if (path.startsWith('/_astro/')) return 'asset';
  if (path.startsWith('/pagefind/')) return 'search';
  if (path === '/path/sections.json') return 'data';
  // Link previews are for other sites to fetch; short links redirect to a page's section.
  if (path.startsWith('/og/') || path.startsWith('/s/')) return 'none';
  if (path.endsWith('/')) return 'page';
  return 'none';
}

/**
 * The key a response is kept under. A page is one copy whatever its query (`/search/?q=…`,
 * `?highlight=…`) or fragment. Pagefind asks for its entry file with a cache-busting
 * `?ts=` (Date.now(), unless `metaCacheTag` is set): the saved copy answers any of them.
 */
export function cacheKeyOf(url: URL, rule: KeepRule): string {
  const key = new URL(url.href);
  key.hash = '';
  if (
    rule === 'page' ||
    rule === 'data' ||
    (rule === 'search' && key.pathname.endsWith('/pagefind-entry.json'))
  )
    key.search = '';
  return key.href;
}

/**
 * Whether the browser fetched this on its own, ahead of the reader (a speculation rules
 * prerender or prefetch): such a copy is not kept, as the reader has not opened it. The
 * page says "keep me" itself if it is ever shown (src/scripts/offline/register.ts).
 */
export function isSpeculative(secPurpose: string | null): boolean {
  return /\b(prefetch|prerender)\b/i.test(secPurpose ?? '');
}

/** Our cache names: what the reader opened (kept across deploys), and one saved guide per build. */
export const CACHE_PREFIX = 'guide-offline';
export const PAGES_CACHE = `${CACHE_PREFIX}-pages`;
export const ASSETS_CACHE = `${CACHE_PREFIX}-assets`;
export const savedCacheOf = (version: string) => `${CACHE_PREFIX}-saved-${version}`;

/**
 * The caches a worker of `version` should delete when it takes over: saved guides of other
 * builds (their pages and search index no longer match the site). What the reader opened
 * stays: each page is self-contained with its hashed code, and is refreshed when next opened online.
 */
export function staleCaches(names: readonly string[], version: string): string[] {
  const savedPrefix = `${CACHE_PREFIX}-saved-`;
  return names.filter((name) => name.startsWith(savedPrefix) && name !== savedCacheOf(version));
}

/** Where the worker notes that a saved guide of an earlier build was cleaned up. */
export const META_CACHE = `${CACHE_PREFIX}-meta`;

export interface SavedState {
  /** This build's guide is saved whole; an earlier build's was (and has been cleaned up); or none. */
  saved: 'current' | 'older' | 'none';
  /** A save of this build began and did not finish: what it saved is kept, to resume. */
  partial: boolean;
}

/**
 * What the reader has saved, from the cache names, whether this build's saved cache holds its
 * completion mark (written last, so a save cut short is never taken for a whole one), and
 * whether an earlier build's saved guide was cleaned up.
 */
export function savedStateOf(
  names: readonly string[],
  version: string,
  complete: boolean,
  savedEarlier: boolean,
): SavedState {
  const started = names.includes(savedCacheOf(version));
  if (started && complete) return { saved: 'current', partial: false };
  const older = savedEarlier || staleCaches(names, version).length > 0;
  return { saved: older ? 'older' : 'none', partial: started };
}
