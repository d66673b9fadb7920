import { describe, expect, test } from 'vitest';
import { formatSectionList, parseSectionList } from '../../src/lib/sectionList';

describe('formatSectionList', () => {
  test('writes a bare id when its short link has the same name', () =>
    expect(formatSectionList([{ id: 'political-vulnerability', short: 'political-vulnerability' }])).toBe(
      'political-vulnerability',
    ));
  test('writes id=short when they differ, and id= when there is no short link', () =>
    expect(
      formatSectionList([
        { id: 'pros', short: 'technical-track-pros' },
        { id: 'x', short: '' },
      ]),
    ).toBe('pros=technical-track-pros x='));
});

describe('parseSectionList', () => {
  test('reads back what formatSectionList wrote, in order', () => {
    const sections = [
      { id: 'technical-track', short: 'technical-track' },
      { id: 'pros', short: 'technical-track-pros' },
      { id: 'x', short: '' },
    ];
    const parsed = parseSectionList(formatSectionList(sections));
    expect(Object.entries(parsed)).toEqual([
      ['technical-track', 'technical-track'],
      ['pros', 'technical-track-pros'],
      ['x', ''],
    ]);
  });
  test('ignores stray whitespace and reads an empty list as no sections', () => {
    expect(parseSectionList('  a   b=c \n')).toEqual({ a: 'a', b: 'c' });
    expect(parseSectionList('')).toEqual({});
  });
});
