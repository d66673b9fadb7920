import { describe, expect, test } from 'vitest';
import { compareByStance, counterpartPairs } from '../../src/lib/compare';
import { realGuidePages } from '../support/guide-pages';

const pages = realGuidePages();

describe('compareByStance', () => {
  test('sets pros beside pros and cons beside cons', () => {
    const [pros, cons] = compareByStance(pages);
    expect(pros?.stance).toBe('pro');
    expect(pros?.technical.map((p) => p.data.title)).toEqual([
      'Deep Impact',
      'Broad Influence',
      'Intellectual Satisfaction',
    ]);
    expect(cons?.management.map((p) => p.data.title)).toEqual(['Less Technical', 'Different Skill Set']);
  });
});

describe('counterpartPairs', () => {
  test('lists every pairing once, technical side first', () => {
    const pairs = counterpartPairs(pages).map(([t, m]) => `${t.data.title} ⇄ ${m.data.title}`);
    expect(pairs).toEqual([
      'Deep Impact ⇄ Less Technical',
      'Deep Impact ⇄ Different Skill Set',
      'Broad Influence ⇄ Scalable Impact',
      'Intellectual Satisfaction ⇄ Less Technical',
      'Political Vulnerability ⇄ Direct Control and Ownership',
      'Unclear Promotion Path ⇄ Clearer Path to Senior Leadership',
    ]);
  });
});
