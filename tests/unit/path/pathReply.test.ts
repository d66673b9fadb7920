import { deflateRawSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { toBase64url } from '../../../src/lib/path/base64url';
import { decodePathFragment, pathFragment } from '../../../src/lib/path/pathLink';
import {
  NAME_MAX,
  pointOfSection,
  readReply,
  replyValue,
  tidyName,
  whoseOf,
  type PathHolds,
  type PathReply,
} from '../../../src/lib/path/pathReply';
import { flatten, type ReadingPath } from '../../../src/lib/path/readingPath';
import { NOTE_MAX } from '../../../src/lib/reflection/answers';

const DEEP = 'technical-track/pros/deep-impact';
const POLITICAL = 'technical-track/cons/political-vulnerability';
const SCALABLE = 'management-track/pros/scalable-impact';
const LESS = 'management-track/cons/less-technical';
const CLEARER = 'management-track/pros/clearer-path-to-senior-leadership';

/** The figure the docs give: a mentor's 7-step path, sent back with three answers of a sentence and five weights. */
const sevenSteps: ReadingPath = {
  title: 'Before our next 1:1: DE or Director?',
  intro:
    'A short path through the guide for Thursday. Read it in order, answer the questions, and send it back.',
  steps: [
    'deep-impact',
    'political-vulnerability',
    'scalable-impact',
    'less-technical',
    'clearer-path-to-senior-leadership',
    'reflection',
    'a-third-way',
  ].map((id, i) => ({ id, note: `Step ${i + 1}: notice how this plays out in your own platform work.` })),
};
const sevenHolds: PathHolds = {
  steps: sevenSteps.steps.map((step) => step.id),
  questions: ['energizes', 'five-years', 'let-go'],
  points: [DEEP, POLITICAL, SCALABLE, LESS, CLEARER],
};
const sevenReply: PathReply = {
  name: 'Alex',
  read: ['deep-impact', 'political-vulnerability', 'scalable-impact', 'less-technical', 'reflection'],
  answers: {
    energizes: {
      position: 2,
      note: 'Solving the hard migration last spring gave me more energy than any launch.',
    },
    'five-years': {
      position: 4,
      note: 'I would like to be the person the whole org asks about architecture.',
    },
    'let-go': { position: 'unsure', note: 'I am not sure I could stop reviewing every design myself.' },
    [DEEP]: { weight: 3 },
    [POLITICAL]: { weight: 2 },
    [SCALABLE]: { weight: 1 },
    [LESS]: { weight: 2 },
    [CLEARER]: { weight: 0 },
  },
};

const raw = (values: unknown) => `#p=2j${toBase64url(new TextEncoder().encode(JSON.stringify(values)))}`;
const deflated = (values: unknown) => `#p=2z${toBase64url(deflateRawSync(JSON.stringify(values)))}`;
const holds: PathHolds = {
  steps: ['deep-impact', 'are-you-willing-to-let-go'],
  questions: ['let-go'],
  points: [DEEP],
};

describe('a path sent back, through the link format', () => {
  test('round-trips the path and the reply exactly', async () => {
    const fragment = await pathFragment(sevenSteps, replyValue(sevenReply, sevenHolds));
    expect(fragment.startsWith('#p=2z')).toBe(true);
    const decoded = await decodePathFragment(fragment);
    expect(decoded.path).toEqual(sevenSteps);
    expect(decoded.problems).toEqual([]);
    expect(readReply(decoded.reply, sevenHolds)).toEqual({ reply: sevenReply, problems: [] });
  });

  test('a 7-step path with three one-sentence answers and five weights is 733 characters as a full link (≤ 2,000)', async () => {
    const url = `https://de-or-director.example/path/${await pathFragment(sevenSteps, replyValue(sevenReply, sevenHolds))}`;
    // The figure docs/reading-paths.md gives; a change to the format shows here first.
    expect(url.length).toBe(733);
    expect(url.length).toBeLessThanOrEqual(2000);
  });

  test('undeflated (a browser without CompressionStream) the same link is 1,884 characters, still ≤ 2,000', () => {
    const values = [...flatten(sevenSteps), replyValue(sevenReply, sevenHolds)];
    const url = `https://de-or-director.example/path/#p=2j${toBase64url(new TextEncoder().encode(JSON.stringify(values)))}`;
    expect(url.length).toBe(1884);
  });

  test('a path alone is still version 1, and an old link opens with no reply', async () => {
    const fragment = await pathFragment(sevenSteps);
    expect(fragment.startsWith('#p=1')).toBe(true);
    const decoded = await decodePathFragment(fragment);
    expect(decoded.path).toEqual(sevenSteps);
    expect('reply' in decoded).toBe(false);
  });

  test('only what the path holds goes into the link', () => {
    const value = replyValue(
      {
        name: '  Alex \n  from platform ',
        read: ['deep-impact', 'not-in-path'],
        answers: {
          'let-go': { position: 1 },
          energizes: { position: 5 },
          [DEEP]: { weight: 2 },
          [LESS]: { weight: 1 },
        },
      },
      holds,
    );
    expect(value).toEqual({
      n: 'Alex from platform',
      r: ['deep-impact'],
      a: { 'let-go': { p: 1 }, [DEEP]: { w: 2 } },
    });
  });

  test('no name, nothing read and nothing answered is a small empty reply', () => {
    expect(replyValue({ name: ' ', read: [], answers: {} }, holds)).toEqual({ r: [], a: {} });
  });

  test('a cut-short sent-back link keeps its steps and says their answers did not arrive', async () => {
    const fragment = await pathFragment(sevenSteps, replyValue(sevenReply, sevenHolds));
    const decoded = await decodePathFragment(fragment.slice(0, Math.floor(fragment.length * 0.7)));
    expect(decoded.readable).toBe(true);
    expect(decoded.reply).toBeUndefined();
    expect(decoded.problems.join(' ')).toMatch(/cut short[\s\S]*did not arrive/);
  });

  test('a version 2 link whose last value is text, not a reply, shows the path and says so', async () => {
    const decoded = await decodePathFragment(raw(['T', '', 'deep-impact', 'n', 'stray']));
    expect(decoded.reply).toBeUndefined();
    expect(decoded.problems).toContain(
      'Their answers did not arrive with the path, so only the path is shown.',
    );
  });

  test('the reply of an unpacked (j) link reads as well as a deflated one', async () => {
    const values = ['T', '', 'deep-impact', '', { n: 'Sam', r: ['deep-impact'], a: {} }];
    for (const hash of [raw(values), deflated(values)])
      expect(readReply((await decodePathFragment(hash)).reply, holds).reply).toEqual({
        name: 'Sam',
        read: ['deep-impact'],
        answers: {},
      });
  });
});

describe('readReply on broken and hostile replies', () => {
  const read = (value: unknown) => readReply(value, holds);

  test.each([null, 'text', 42, ['a'], true])(
    'a reply that is not an object (%j) shows the path alone',
    (value) => {
      expect(read(value)).toEqual({
        reply: { name: '', read: [], answers: {} },
        problems: ['Their answers could not be read, so only the path is shown.'],
      });
    },
  );

  test('an oversized name is left out and named; a name at the cap is kept', () => {
    expect(read({ n: 'x'.repeat(NAME_MAX + 1) })).toEqual({
      reply: { name: '', read: [], answers: {} },
      problems: [`The name is longer than ${NAME_MAX} characters, so it is left out.`],
    });
    expect(read({ n: 'x'.repeat(NAME_MAX) }).reply.name).toHaveLength(NAME_MAX);
  });

  test('a name that is not text is left out; markup in a name stays text', () => {
    expect(read({ n: { toString: 1 } }).problems).toEqual(['The name is not text, so it is left out.']);
    expect(read({ n: '<img src=x onerror=alert(1)>' }).reply.name).toBe('<img src=x onerror=alert(1)>');
  });

  test('read marks for steps the path does not have, or not text, are left out, named once', () => {
    expect(read({ r: ['deep-impact', 'elsewhere', 7, 'deep-impact', '__proto__'] })).toEqual({
      reply: { name: '', read: ['deep-impact'], answers: {} },
      problems: ['A read mark names a step this path does not have, so it is left out.'],
    });
    expect(read({ r: 'deep-impact' }).problems).toEqual(['Their read marks are damaged, so none are shown.']);
  });

  test('answers for questions the path does not ask, and weights for pages it does not hold, are left out', () => {
    const { reply, problems } = read({
      a: {
        salary: { p: 1 },
        energizes: { p: 2 },
        [LESS]: { w: 2 },
        ['__proto__']: { w: 1 },
        'let-go': { p: 5 },
      },
    });
    expect(reply.answers).toEqual({ 'let-go': { position: 5 } });
    expect(Object.getPrototypeOf(reply.answers)).toBe(Object.prototype);
    expect(problems).toEqual([
      'An answer or weight for a question this path does not hold is left out.',
      'An answer or weight for a page this path does not hold is left out.',
    ]);
  });

  test.each([
    ['a position off the scale', { 'let-go': { p: 9 } }, 'An answer is not on the scale, so it is left out.'],
    ['a position as text', { 'let-go': { p: '4' } }, 'An answer is not on the scale, so it is left out.'],
    [
      'a weight off the four steps',
      { [DEEP]: { w: 4 } },
      'A weight is not one of the four steps, so it is left out.',
    ],
    ['a weight as text', { [DEEP]: { w: '2' } }, 'A weight is not one of the four steps, so it is left out.'],
    ['a negative weight', { [DEEP]: { w: -1 } }, 'A weight is not one of the four steps, so it is left out.'],
    ['a note that is not text', { 'let-go': { n: ['x'] } }, 'A note is not text, so it is left out.'],
    [
      'an answer that is not an object',
      { 'let-go': 4 },
      'An answer is not in the expected form, so it is left out.',
    ],
    [
      'a weight on a question',
      { 'let-go': { w: 2 } },
      'An answer is not in the expected form, so it is left out.',
    ],
    [
      'a position on a point',
      { [DEEP]: { p: 2 } },
      'An answer is not in the expected form, so it is left out.',
    ],
  ])('%s is left out and named', (_, answers, problem) => {
    const { reply, problems } = read({ a: answers });
    expect(reply.answers).toEqual({});
    expect(problems).toEqual([problem]);
  });

  test('an oversized note is cut to its cap and named; its position is kept', () => {
    const { reply, problems } = read({ a: { 'let-go': { p: 3, n: 'n'.repeat(NOTE_MAX + 50) } } });
    expect(reply.answers['let-go']).toEqual({ position: 3, note: 'n'.repeat(NOTE_MAX) });
    expect(problems).toEqual([`A note is longer than ${NOTE_MAX} characters, so it is cut short.`]);
  });

  test('markup in a note stays as typed', () => {
    const note = '</script><script>alert(1)</script> **bold** [x](javascript:alert(1))';
    expect(read({ a: { 'let-go': { n: note } } }).reply.answers['let-go']).toEqual({ note });
  });

  test('answers that are not an object, and unknown parts, are named', () => {
    expect(read({ a: [1], x: 1 }).problems).toEqual([
      'Part of their reply is in a form this guide does not know, so it is left out.',
      'Their answers are damaged, so none are shown.',
    ]);
  });
});

describe('the words and ids around a reply', () => {
  test('whoseOf names them, or says their', () => {
    expect(whoseOf('Alex')).toBe('Alex’s');
    expect(whoseOf('')).toBe('Their');
    expect(whoseOf('', true)).toBe('their');
  });

  test('tidyName makes one line of a name', () => {
    expect(tidyName(' Alex\n\tB ')).toBe('Alex B');
  });

  test('pointOfSection finds a pro or con page from its own section only', () => {
    expect(pointOfSection('/technical-track/pros/deep-impact/#deep-impact')).toBe(DEEP);
    expect(pointOfSection('/management-track/cons/less-technical/#less-technical')).toBe(LESS);
    expect(pointOfSection('/technical-track/pros/deep-impact/#on-the-other-track')).toBeUndefined();
    expect(pointOfSection('/technical-track/#pros')).toBeUndefined();
    expect(pointOfSection('/third-way/#a-third-way')).toBeUndefined();
  });
});
