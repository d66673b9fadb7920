import { describe, expect, test } from 'vitest';
import { guideMap, itemsOfTrack } from '../../src/lib/guideMap';
import { realGuidePages } from '../support/guide-pages';

const pages = realGuidePages();

describe('itemsOfTrack', () => {
  test('lists the technical track’s three pros and two cons in reading order', () => {
    const { pros, cons } = itemsOfTrack(pages, 'technical');
    expect(pros.map((p) => p.data.title)).toEqual([
      'Deep Impact',
      'Broad Influence',
      'Intellectual Satisfaction',
    ]);
    expect(cons.map((p) => p.data.title)).toEqual(['Political Vulnerability', 'Unclear Promotion Path']);
  });
  test('lists the management track’s items', () => {
    const { pros, cons } = itemsOfTrack(pages, 'management');
    expect(pros).toHaveLength(3);
    expect(cons.map((p) => p.data.title)).toEqual(['Less Technical', 'Different Skill Set']);
  });
});

describe('guideMap', () => {
  test('has the five top-level pages, with pros and cons under each track', () => {
    const map = guideMap(pages);
    expect(map.map((node) => node.page.id)).toEqual([
      'index',
      'technical-track',
      'management-track',
      'third-way',
      'reflection',
    ]);
    expect(map[1]?.track?.pros).toHaveLength(3);
    expect(map[2]?.track?.cons).toHaveLength(2);
    expect(map[0]?.track).toBeUndefined();
  });
});
