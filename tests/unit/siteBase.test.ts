import { afterEach, describe, expect, test, vi } from 'vitest';
import { inlineTextHashes } from '../../integrations/inline-script-hashes.mjs';
import { speculationRules } from '../../integrations/speculation-rules.mjs';
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
    vi.resetModules();
  });

  // The page renders the speculation rules from Astro's base; the CSP must hash that same text.
  test.each(['guide', '/guide', '/guide/'])(
    'SITE_BASE=%s: Astro gets /guide/ and the CSP allows the rules the page renders',
    async (raw) => {
      process.env.SITE_BASE = raw;
      vi.resetModules();
      const { default: config } = await import('../../astro.config.mjs');
      expect(config.base).toBe('/guide/');
      const [rendered] = inlineTextHashes([speculationRules('/guide/')]);
      expect(
        config.security?.csp && typeof config.security.csp === 'object'
          ? config.security.csp.scriptDirective?.hashes
          : [],
      ).toContain(rendered);
    },
  );
});
