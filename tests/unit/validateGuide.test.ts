import { describe, expect, test } from 'vitest';
import { assertValidGuide, findGuideProblems, placeOf } from '../../src/lib/validateGuide';
import type { GuidePage } from '../../src/lib/types';
import { fakePage, realGuidePages } from '../support/guide-pages';

/** The smallest guide that passes every check: each page where its kind belongs. */
function minimalGuide(): GuidePage[] {
  return [
    fakePage('index', { kind: 'home', track: undefined, order: 1 }),
    fakePage('technical-track', { kind: 'track', track: 'technical', order: 2 }),
    fakePage('technical-track/pros/a', { kind: 'pro', track: 'technical', order: 3 }),
    fakePage('management-track', { kind: 'track', track: 'management', order: 4 }),
    fakePage('management-track/cons/b', { kind: 'con', track: 'management', order: 5 }),
    fakePage('third-way', { kind: 'third-way', track: undefined, order: 6 }),
    fakePage('reflection', { kind: 'reflection', track: undefined, order: 7 }),
  ];
}

/** The minimal guide with one page replaced (by id) or added. */
function withPage(page: GuidePage): GuidePage[] {
  return [...minimalGuide().filter((p) => p.id !== page.id), page];
}

describe('placeOf', () => {
  test('reads kind and track from the file path', () => {
    expect(placeOf('index')).toEqual({ kinds: ['home'], track: undefined });
    expect(placeOf('technical-track')).toEqual({ kinds: ['track'], track: 'technical' });
    expect(placeOf('management-track/cons/x')).toEqual({ kinds: ['con'], track: 'management' });
    expect(placeOf('technical-track/pros/x')).toEqual({ kinds: ['pro'], track: 'technical' });
    expect(placeOf('third-way')).toEqual({ kinds: ['third-way', 'reflection'], track: undefined });
  });
  test('knows no place for a page nested anywhere else', () => {
    expect(placeOf('technical-track/maybes/x')).toBeUndefined();
    expect(placeOf('design-track/pros/x')).toBeUndefined();
    expect(placeOf('a/b')).toBeUndefined();
  });
});

describe('findGuideProblems', () => {
  test('finds nothing wrong with the real guide', () =>
    expect(findGuideProblems(realGuidePages())).toEqual([]));
  test('finds nothing wrong with the minimal guide', () =>
    expect(findGuideProblems(minimalGuide())).toEqual([]));

  test('reports a reading order used twice, naming both files', () => {
    const problems = findGuideProblems(withPage(fakePage('technical-track/pros/c', { order: 3 })));
    expect(problems).toEqual([
      {
        file: 'content/guide/technical-track/pros/c.mdx',
        field: 'order',
        message: 'order 3 is already used by content/guide/technical-track/pros/a.mdx',
      },
    ]);
  });

  test('reports a kind that contradicts the folder, naming the file', () => {
    const problems = findGuideProblems(
      withPage(fakePage('technical-track/pros/a', { kind: 'con', order: 3 })),
    );
    expect(problems).toEqual([
      {
        file: 'content/guide/technical-track/pros/a.mdx',
        field: 'kind',
        message: '"con" does not match the file\'s place (expected pro)',
      },
    ]);
  });

  test('reports a track that contradicts the folder', () => {
    const problems = findGuideProblems(
      withPage(fakePage('technical-track/pros/a', { track: 'management', order: 3 })),
    );
    expect(problems).toEqual([
      {
        file: 'content/guide/technical-track/pros/a.mdx',
        field: 'track',
        message: '"management" does not match the file\'s place (expected technical)',
      },
    ]);
  });

  test('reports a page in no place a guide page can live', () => {
    const problems = findGuideProblems(withPage(fakePage('technical-track/extra/a', { order: 9 })));
    expect(problems).toEqual([
      {
        file: 'content/guide/technical-track/extra/a.mdx',
        field: 'kind',
        message: expect.stringMatching(/a guide page lives at/),
      },
    ]);
  });

  test('reports a counterpart that is not a page', () => {
    const problems = findGuideProblems(
      withPage(fakePage('technical-track/pros/a', { order: 3, counterparts: [{ id: 'ghost' }] })),
    );
    expect(problems).toEqual([
      {
        file: 'content/guide/technical-track/pros/a.mdx',
        field: 'counterparts',
        message: '"ghost" is not a page of the guide',
      },
    ]);
  });

  test('reports a counterpart on the same track', () => {
    const guide = [
      ...withPage(
        fakePage('technical-track/pros/a', { order: 3, counterparts: [{ id: 'technical-track/pros/c' }] }),
      ),
      fakePage('technical-track/pros/c', { order: 9 }),
    ];
    const problems = findGuideProblems(guide);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: 'counterparts',
      message: expect.stringMatching(/same track/),
    });
  });

  test('reports a counterpart on a page that is not a pro or con', () => {
    const problems = findGuideProblems(
      withPage(
        fakePage('technical-track', {
          kind: 'track',
          order: 2,
          counterparts: [{ id: 'management-track/cons/b' }],
        }),
      ),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/only pros and cons/);
  });

  test('reports a guide without a home page', () => {
    const problems = findGuideProblems(minimalGuide().filter((p) => p.id !== 'index'));
    expect(problems).toEqual([
      { file: 'content/guide', field: 'kind', message: 'the guide needs exactly one home page, found 0' },
    ]);
  });

  test('reports a guide without a reflection page, and one with two third-way pages', () => {
    const guide = [
      ...minimalGuide().filter((p) => p.id !== 'reflection'),
      fakePage('another-way', { kind: 'third-way', track: undefined, order: 9 }),
    ];
    expect(findGuideProblems(guide)).toEqual([
      {
        file: 'content/guide/another-way.mdx',
        field: 'kind',
        message: 'the guide needs exactly one third-way page, found 2',
      },
      {
        file: 'content/guide',
        field: 'kind',
        message: 'the guide needs exactly one reflection page, found 0',
      },
    ]);
  });

  test('reports a track with no track page (which would break /compare/)', () => {
    const problems = findGuideProblems(minimalGuide().filter((p) => p.id !== 'management-track'));
    expect(problems).toEqual([
      {
        file: 'content/guide/management-track.mdx',
        field: 'track',
        message: 'the management track has no track page',
      },
    ]);
  });
});

describe('assertValidGuide', () => {
  test('passes a valid guide', () => expect(() => assertValidGuide(realGuidePages())).not.toThrow());
  test('throws one error listing every problem as file → field', () => {
    const guide = withPage(fakePage('technical-track/pros/a', { order: 1, counterparts: [{ id: 'x' }] }));
    expect(() => assertValidGuide(guide)).toThrow(
      /2 problem\(s\):\n {2}content\/guide\/technical-track\/pros\/a\.mdx → order: .*\n {2}content\/guide\/technical-track\/pros\/a\.mdx → counterparts: "x"/,
    );
  });
});
