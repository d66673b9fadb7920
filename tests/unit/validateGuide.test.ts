import { describe, expect, test } from 'vitest';
import { assertValidGuide, findGuideProblems } from '../../src/lib/validateGuide';
import { fakePage, realGuidePages } from '../support/guide-pages';

const home = fakePage('index', { kind: 'home', track: undefined, order: 1 });

describe('findGuideProblems', () => {
  test('finds nothing wrong with the real guide', () => expect(findGuideProblems(realGuidePages())).toEqual([]));

  test('reports a reading order used twice, naming both files', () => {
    const problems = findGuideProblems([home, fakePage('a', { order: 2 }), fakePage('b', { order: 2 })]);
    expect(problems).toEqual([{ file: 'content/guide/b.mdx', field: 'order', message: 'order 2 is already used by content/guide/a.mdx' }]);
  });

  test('reports a counterpart that is not a page', () => {
    const problems = findGuideProblems([home, fakePage('a', { order: 2, counterparts: [{ id: 'ghost' }] })]);
    expect(problems).toEqual([{ file: 'content/guide/a.mdx', field: 'counterparts', message: '"ghost" is not a page of the guide' }]);
  });

  test('reports a counterpart on the same track', () => {
    const problems = findGuideProblems([home, fakePage('a', { order: 2, counterparts: [{ id: 'b' }] }), fakePage('b', { order: 3 })]);
    expect(problems[0]?.field).toBe('counterparts');
    expect(problems[0]?.message).toMatch(/same track/);
  });

  test('reports a counterpart on a page that is not a pro or con', () => {
    const problems = findGuideProblems([home, fakePage('t', { kind: 'track', order: 2, counterparts: [{ id: 'm' }] }), fakePage('m', { order: 3, track: 'management' })]);
    expect(problems[0]?.message).toMatch(/only pros and cons/);
  });

  test('reports a guide without a home page', () => {
    expect(findGuideProblems([fakePage('a')])[0]).toMatchObject({ field: 'kind', message: expect.stringMatching(/exactly one home page, found 0/) });
  });

  test('reports a second track page for one track', () => {
    const problems = findGuideProblems([home, fakePage('t1', { kind: 'track', order: 2 }), fakePage('t2', { kind: 'track', order: 3 })]);
    expect(problems).toEqual([{ file: 'content/guide/t2.mdx', field: 'track', message: 'a second track page for the technical track' }]);
  });
});

describe('assertValidGuide', () => {
  test('passes a valid guide', () => expect(() => assertValidGuide(realGuidePages())).not.toThrow());
  test('throws one error listing every problem as file → field', () => {
    expect(() => assertValidGuide([home, fakePage('a', { order: 1, counterparts: [{ id: 'x' }] })])).toThrow(
      /2 problem\(s\):\n {2}content\/guide\/a\.mdx → order: .*\n {2}content\/guide\/a\.mdx → counterparts: "x"/,
    );
  });
});
