import { describe, expect, test } from 'vitest';
import { articleBlocks, wordsIn } from '../../../src/lib/path/articleBlocks';
import { minutesFor, movedShortIds, resolveStepId } from '../../../src/lib/path/sectionData';

describe('articleBlocks', () => {
  const ids = ['energizes', 'five-years', 'let-go'];
  test('reads paragraphs, bold leads, headings, lists and worksheets from MDX', () => {
    const body = [
      "import X from './x';",
      '**Deep Impact:** You get to stay\nhands-on with [hard](https://x) *problems*.',
      '## A heading {#pinned}',
      '- one\n- two',
      '<Reflection />',
      '<Reflection question="let-go" />',
      '<Aside>ignored</Aside>',
    ].join('\n\n');
    expect(articleBlocks(body, ids)).toEqual([
      { p: '**Deep Impact:** You get to stay hands-on with hard problems.' },
      { h: 'A heading' },
      { li: ['one', 'two'] },
      { q: 'energizes' },
      { q: 'five-years' },
      { q: 'let-go' },
      { q: 'let-go' },
    ]);
  });
  test('wordsIn counts the words of text blocks', () => {
    expect(wordsIn([{ p: 'one two' }, { h: 'three' }, { li: ['four five'] }, { q: 'x' }])).toBe(5);
  });
});

describe('moved sections', () => {
  const contract = {
    pages: {},
    shortLinks: {
      'old-short': '/old-page/#thing',
      'deep-impact': '/technical-track/pros/deep-impact/#deep-impact',
    },
    movedPages: { '/old-page/': '/new-page/' },
    movedIds: { '/reflection/#energizes': '/reflection/#what-truly-energizes-you' },
  };
  const now = new Map([
    ['/new-page/#thing', 'thing'],
    ['/technical-track/pros/deep-impact/#deep-impact', 'deep-impact'],
    ['/reflection/#what-truly-energizes-you', 'what-truly-energizes-you'],
  ]);
  test('movedShortIds maps retired short ids and old fragment ids to where they live now', () => {
    expect(movedShortIds(contract, now)).toEqual({
      'old-short': 'thing',
      energizes: 'what-truly-energizes-you',
    });
  });
  test('resolveStepId: a current id, a moved one, and an unknown one', () => {
    const data = {
      s: { thing: {} as never, 'deep-impact': {} as never },
      m: { 'old-short': 'thing', broken: 'nowhere' },
    };
    expect(resolveStepId('deep-impact', data)).toBe('deep-impact');
    expect(resolveStepId('old-short', data)).toBe('thing');
    expect(resolveStepId('broken', data)).toBeUndefined();
    expect(resolveStepId('__proto__', data)).toBeUndefined();
    expect(resolveStepId('nope', data)).toBeUndefined();
  });
  test('minutesFor rounds at 200 words a minute, at least one', () => {
    expect(minutesFor(0)).toBe(1);
    expect(minutesFor(500)).toBe(3);
  });
});
