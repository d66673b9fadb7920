import { describe, expect, test } from 'vitest';
import { pointsAttribute, pointsFrom, pointsOf } from '../../../src/lib/reflection/points';
import type { GuidePage } from '../../../src/lib/types';

const page = (
  id: string,
  kind: GuidePage['data']['kind'],
  track: GuidePage['data']['track'],
  order: number,
  navTitle?: string,
): GuidePage => ({
  id,
  data: {
    title: `Title of ${id}`,
    navTitle,
    description: '',
    kind,
    track,
    order,
    counterparts: [],
    questions: [],
  },
});
const pages = [
  page('management-track/cons/less-technical', 'con', 'management', 14, 'Less technical'),
  page('technical-track/pros/deep-impact', 'pro', 'technical', 3, 'Deep impact'),
  page('technical-track', 'track', 'technical', 2),
  page('technical-track/cons/political-vulnerability', 'con', 'technical', 6),
  page('management-track/pros/scalable-impact', 'pro', 'management', 12, 'Scalable impact'),
  page('technical-track/pros/broad-influence', 'pro', 'technical', 4, 'Broad influence'),
];

describe('pointsOf', () => {
  test('lists the pro and con pages, technical track first, pros before cons, in reading order', () => {
    expect(pointsOf(pages).map((p) => p.id)).toEqual([
      'technical-track/pros/deep-impact',
      'technical-track/pros/broad-influence',
      'technical-track/cons/political-vulnerability',
      'management-track/pros/scalable-impact',
      'management-track/cons/less-technical',
    ]);
  });
  test('names each point by its short title, or its title when it has none', () => {
    expect(pointsOf(pages).map((p) => p.title)).toContain(
      'Title of technical-track/cons/political-vulnerability',
    );
    expect(pointsOf(pages)[0]).toEqual({
      id: 'technical-track/pros/deep-impact',
      title: 'Deep impact',
      track: 'technical',
      stance: 'pro',
    });
  });
});

describe('pointsAttribute / pointsFrom', () => {
  test('round-trip the points, track and stance read back from the page id', () => {
    const points = pointsOf(pages);
    expect(pointsAttribute(points)).toMatch(/^technical-track\/pros\/deep-impact\|Deep impact;/);
    expect(pointsFrom(pointsAttribute(points))).toEqual(points);
  });
  test('refuse, at build time, a title that would break the format', () => {
    expect(() =>
      pointsAttribute([{ id: 'technical-track/pros/a', title: 'x|y', track: 'technical', stance: 'pro' }]),
    ).toThrow(/"\|" or ";"/);
  });
  test('refuse, at build time, a page whose id and data disagree', () => {
    expect(() =>
      pointsAttribute([{ id: 'technical-track/pros/a', title: 'A', track: 'management', stance: 'pro' }]),
    ).toThrow(/not at management-track\/pros/);
    expect(() =>
      pointsAttribute([{ id: 'elsewhere/a', title: 'A', track: 'technical', stance: 'con' }]),
    ).toThrow(/not at technical-track\/cons/);
  });
  test('skip malformed entries when reading', () => {
    expect(
      pointsFrom(
        'technical-track/pros/a|A;broken;other/pros/b|B;management-track/cons/c|C;technical-track/cons/d|;|E',
      ),
    ).toEqual([
      { id: 'technical-track/pros/a', title: 'A', track: 'technical', stance: 'pro' },
      { id: 'management-track/cons/c', title: 'C', track: 'management', stance: 'con' },
    ]);
  });
});
