import { afterEach, describe, expect, test } from 'vitest';
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

describe('astro.config.mjs under SITE_BASE', () => {
  const saved = process.env.SITE_BASE;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_BASE;
    else process.env.SITE_BASE = saved;
  });

  // The page renders the speculation rules from Astro's base; the CSP must hash that same text.
  // Each form loads the config afresh (its own query string), reusing the modules it imports.
  test.each(['guide', '/guide', '/guide/'])(
    'SITE_BASE=%s: Astro gets /guide/ and the CSP allows the rules the page renders',
    { timeout: 30_000 },
    async (raw) => {
      process.env.SITE_BASE = raw;
      const { default: config } = await import(/* @vite-ignore */ `../../astro.config.mjs?base=${encodeURIComponent(raw)}`);
      expect(config.base).toBe('/guide/');
      const [rendered] = inlineTextHashes([speculationRules('/guide/')]);
      const csp = config.security?.csp;
      expect(csp && typeof csp === 'object' ? csp.scriptDirective?.hashes : []).toContain(rendered);
    },
  );
});
