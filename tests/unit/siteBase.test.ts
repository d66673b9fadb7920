import { describe, expect, test } from 'vitest';
import { inlineTextHashes } from '../../src/lib/inlineHashes';
import { speculationRules } from '../../src/lib/speculationRules';
import { normalizeSiteBase } from '../../src/lib/siteBase';

describe('normalizeSiteBase', () => {
  test('gives / for a domain root, however it is written or left out', () => {
    for (const raw of [undefined, '', '/', '//', '  ']) expect(normalizeSiteBase(raw)).toBe('/');
  });

  test('gives one form for guide, /guide and /guide/', () => {
    expect(['guide', '/guide', '/guide/', 'guide/', ' /guide/ '].map(normalizeSiteBase)).toEqual(
      Array(5).fill('/guide/'),
    );
  });

  test('keeps nested paths and collapses doubled slashes', () => {
    expect(normalizeSiteBase('docs//career/guide')).toBe('/docs/career/guide/');
  });

  test('refuses a whole URL, naming SITE_URL as the place for the origin', () => {
    expect(() => normalizeSiteBase('https://me.github.io/guide/')).toThrow(/SITE_URL/);
    expect(() => normalizeSiteBase('//me.github.io/guide/')).toThrow(/SITE_URL/);
  });

  test('refuses dot segments, queries, fragments, escapes and spaces inside the path', () => {
    for (const raw of ['../guide', '/a/./b', '/guide?x', '/guide#top', '/my%20guide', '/my guide', 'a\\b']) {
      expect(() => normalizeSiteBase(raw), raw).toThrow(/not a plain path/);
    }
  });
});

// astro.config.mjs hashes speculationRules(normalizeSiteBase(SITE_BASE)) for the CSP; the page
// renders speculationRules(BASE_URL), Astro's own normalised base (/guide/ for all three forms).
// The real build with SITE_BASE=guide is checked by the e2e CSP gate.
describe('the speculation rules hash under SITE_BASE', () => {
  test.each(['guide', '/guide', '/guide/'])(
    'SITE_BASE=%s: the CSP hash is the hash of the rules the page renders',
    (raw) => {
      expect(inlineTextHashes([speculationRules(normalizeSiteBase(raw))])).toEqual(
        inlineTextHashes([speculationRules('/guide/')]),
      );
    },
  );

  test('the raw value would not do: "guide" unnormalised gives other rules', () => {
    expect(speculationRules('guide')).not.toBe(speculationRules('/guide/'));
  });
});
