import { describe, expect, test } from 'vitest';
import { speculationRules } from '../../src/lib/speculationRules';

describe('speculationRules', () => {
  test('prerenders the next page in reading order eagerly, once the reader reaches for it', () => {
    const rules = JSON.parse(speculationRules('/'));
    expect(rules.prerender[0]).toEqual({ where: { selector_matches: 'a[rel~="next"]' }, eagerness: 'eager' });
  });

  test('prerenders other pages of the site on intent, never search', () => {
    const [, onIntent] = JSON.parse(speculationRules('/')).prerender;
    expect(onIntent.eagerness).toBe('moderate');
    expect(onIntent.where.and).toContainEqual({ href_matches: '/*' });
    expect(onIntent.where.and).toContainEqual({ not: { href_matches: '/search/*' } });
  });

  test('keeps to the deploy base, with or without its trailing slash', () => {
    expect(speculationRules('/guide')).toBe(speculationRules('/guide/'));
    expect(JSON.parse(speculationRules('/guide/')).prerender[1].where.and).toContainEqual({
      href_matches: '/guide/*',
    });
  });
});
