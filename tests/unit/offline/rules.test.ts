import { describe, expect, test } from 'vitest';
import {
  ASSETS_CACHE,
  PAGES_CACHE,
  cacheKeyOf,
  isSpeculative,
  keepRuleOf,
  savedCacheOf,
  savedStateOf,
  scopeOf,
  staleCaches,
} from '../../../src/lib/offline/rules';

const origin = 'https://guide.example';
const rule = (path: string, base = '/') => keepRuleOf(new URL(path, origin), origin, base);

describe('scopeOf', () => {
  test('gives the deploy base with slashes on both sides, whatever form it was written in', () => {
    expect(scopeOf('')).toBe('/');
    expect(scopeOf('/')).toBe('/');
    expect(scopeOf('guide')).toBe('/guide/');
    expect(scopeOf('/guide')).toBe('/guide/');
    expect(scopeOf('//guide//')).toBe('/guide/');
  });
});

describe('keepRuleOf', () => {
  test('keeps a page the reader opens, and the reading paths’ section data, as pages', () => {
    expect(rule('/')).toBe('page');
    expect(rule('/technical-track/pros/deep-impact/')).toBe('page');
    expect(rule('/search/?q=promotion')).toBe('page');
    expect(rule('/path/sections.json')).toBe('data');
  });

  test('keeps Astro’s hashed code and styles as assets', () => {
    expect(rule('/_astro/path-app-Cko1eKpo.js')).toBe('asset');
    expect(rule('/_astro/search.BCiACait.css')).toBe('asset');
  });

  test('serves search only from a saved guide', () => {
    expect(rule('/pagefind/pagefind-entry.json?ts=1')).toBe('search');
    expect(rule('/pagefind/fragment/en_1.pf_fragment')).toBe('search');
  });

  test('leaves to the network what a reader never reads as a page: previews, short links, the worker, the manifest, files', () => {
    for (const path of [
      '/og/deep-impact.png',
      '/s/deep-impact/',
      '/sw.js',
      '/manifest.webmanifest',
      '/robots.txt',
      '/404.html',
    ])
      expect([path, rule(path)]).toEqual([path, 'none']);
  });

  test('leaves other origins and anything outside the deploy base alone', () => {
    expect(keepRuleOf(new URL('https://cdn.example/'), origin, '/')).toBe('none');
    expect(rule('/technical-track/', 'guide')).toBe('none');
    expect(rule('/guide/technical-track/', 'guide')).toBe('page');
    expect(rule('/guide/_astro/a.js', '/guide/')).toBe('asset');
    expect(rule('/guidebook/', 'guide')).toBe('none');
  });
});

describe('cacheKeyOf', () => {
  test('keeps one copy of a page whatever its query or fragment', () => {
    expect(cacheKeyOf(new URL('/search/?q=politics#x', origin), 'page')).toBe(`${origin}/search/`);
    expect(cacheKeyOf(new URL('/path/#p=1zAB', origin), 'page')).toBe(`${origin}/path/`);
  });

  test('answers Pagefind’s cache-busting entry request from the one saved copy', () => {
    expect(cacheKeyOf(new URL('/pagefind/pagefind-entry.json?ts=1733', origin), 'search')).toBe(
      `${origin}/pagefind/pagefind-entry.json`,
    );
  });

  test('keeps other queries of assets and search files, which name different files', () => {
    expect(cacheKeyOf(new URL('/_astro/a.js?v=1', origin), 'asset')).toBe(`${origin}/_astro/a.js?v=1`);
    expect(cacheKeyOf(new URL('/pagefind/pagefind.js?x=1', origin), 'search')).toBe(
      `${origin}/pagefind/pagefind.js?x=1`,
    );
  });
});

describe('isSpeculative', () => {
  test('recognises the browser fetching ahead of the reader', () => {
    expect(isSpeculative('prefetch;prerender')).toBe(true);
    expect(isSpeculative('prefetch')).toBe(true);
  });

  test('treats anything else, or no header, as the reader’s own request', () => {
    expect(isSpeculative(null)).toBe(false);
    expect(isSpeculative('')).toBe(false);
    expect(isSpeculative('preload')).toBe(false);
  });
});

describe('staleCaches', () => {
  test('names only earlier builds’ saved guides, never what the reader opened', () => {
    const names = [PAGES_CACHE, ASSETS_CACHE, savedCacheOf('old'), savedCacheOf('new'), 'someone-else'];
    expect(staleCaches(names, 'new')).toEqual([savedCacheOf('old')]);
    expect(staleCaches([], 'new')).toEqual([]);
  });
});

describe('savedStateOf', () => {
  test('is current only when this build’s save finished', () => {
    expect(savedStateOf([savedCacheOf('v1')], 'v1', true, false)).toEqual({
      saved: 'current',
      partial: false,
    });
  });

  test('says a save cut short is partial, not saved', () => {
    expect(savedStateOf([savedCacheOf('v1')], 'v1', false, false)).toEqual({ saved: 'none', partial: true });
  });

  test('says an earlier build’s guide was saved, whether its cache is still there or already cleaned up', () => {
    expect(savedStateOf([savedCacheOf('v0')], 'v1', false, false)).toEqual({
      saved: 'older',
      partial: false,
    });
    expect(savedStateOf([], 'v1', false, true)).toEqual({ saved: 'older', partial: false });
  });

  test('is none when nothing was ever saved', () => {
    expect(savedStateOf([PAGES_CACHE], 'v1', false, false)).toEqual({ saved: 'none', partial: false });
  });
});
