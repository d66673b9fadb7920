import { describe, expect, test } from 'vitest';
import type { PathReply } from '../../../src/lib/path/pathReply';
import { readCount, replyAsMarkdown, type ReplyFacts } from '../../../src/lib/path/replyMarkdown';
import type { ReadingPath } from '../../../src/lib/path/readingPath';
import type { Point } from '../../../src/lib/reflection/points';

const DEEP: Point = {
  id: 'technical-track/pros/deep-impact',
  title: 'Deep impact',
  track: 'technical',
  stance: 'pro',
};
const LESS: Point = {
  id: 'management-track/cons/less-technical',
  title: 'Less technical',
  track: 'management',
  stance: 'con',
};
const path: ReadingPath = {
  title: 'For Sam',
  intro: 'Read these first.',
  steps: [
    { id: 'deep-impact', note: 'Start here.' },
    { id: 'are-you-willing-to-let-go', note: '' },
    { id: 'less-technical', note: '' },
  ],
};
const facts: ReplyFacts = {
  link: (id) => ({ title: id, url: `https://g.example/s/${id}/` }),
  questionsOf: (id) =>
    id === 'are-you-willing-to-let-go'
      ? [{ id: 'let-go', question: 'Are you willing to let go?', poles: ['Delegate', 'Stay in the weeds'] }]
      : [],
  pointOf: (id) => (id === 'deep-impact' ? DEEP : id === 'less-technical' ? LESS : undefined),
  points: [DEEP, LESS],
  pathUrl: 'https://g.example/path/#p=2zAA',
};
const reply: PathReply = {
  name: 'Alex <b>',
  read: ['deep-impact', 'are-you-willing-to-let-go'],
  answers: {
    'let-go': { position: 4, note: 'I *would* miss it.\n<script>' },
    [DEEP.id]: { weight: 3 },
  },
};

describe('replyAsMarkdown', () => {
  test('holds the path, each step’s note, their read marks, answers, weights and balance, their words escaped', () => {
    expect(replyAsMarkdown(path, reply, facts)).toBe(
      [
        '# For Sam',
        '',
        'Read these first.',
        '',
        '**Sent back by Alex \\<b\\>: 2 of 3 read.** Their answers and weights are under each step.',
        '',
        '1. [deep-impact](https://g.example/s/deep-impact/)',
        '   > Start here.',
        '   *Alex \\<b\\>’s mark: read*',
        '',
        '   **Alex \\<b\\>’s weight** (how much this weighs for them): It decides it for me',
        '2. [are-you-willing-to-let-go](https://g.example/s/are-you-willing-to-let-go/)',
        '   *Alex \\<b\\>’s mark: read*',
        '',
        '   **Alex \\<b\\>’s answer to “Are you willing to let go?”:** Leaning: Stay in the weeds',
        '',
        '   **Alex \\<b\\>’s note:**',
        '',
        '   > I \\*would\\* miss it.',
        '   > \\<script\\>',
        '3. [less-technical](https://g.example/s/less-technical/)',
        '   *Not marked read*',
        '',
        '   **Alex \\<b\\>’s weight** (how much this weighs for them): Not weighed',
        '',
        '## Alex \\<b\\>’s balance of this path’s pros and cons',
        '',
        '- Technical track: pros 3, cons 0',
        '- Management track: pros 0, cons 0',
        '',
        'Weighing most for them: Deep impact (it decides it for me). By these weights, the technical track’s pros outweigh its cons by more than the management track’s do. One of the two points is still unweighed.',
        '',
        'Read it as one path: https://g.example/path/#p=2zAA',
        '',
      ].join('\n'),
    );
  });

  test('without a name it says "their"; with no pros or cons there is no balance', () => {
    const md = replyAsMarkdown(
      path,
      { name: '', read: [], answers: {} },
      { ...facts, points: [], pointOf: () => undefined },
    );
    expect(md).toContain('**Sent back: 0 of 3 read.**');
    expect(md).toContain('**Their answer to “Are you willing to let go?”:** Not answered');
    expect(md).not.toContain('balance');
  });

  test('readCount counts only the path’s own steps', () => {
    expect(readCount({ name: '', read: ['deep-impact', 'gone'], answers: {} }, path)).toBe('1 of 3 read');
  });
});
