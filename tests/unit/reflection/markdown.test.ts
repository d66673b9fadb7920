import { describe, expect, test } from 'vitest';
import {
  answersAsMarkdown,
  escapeMarkdown,
  weightsAsMarkdown,
  type QuestionText,
} from '../../../src/lib/reflection/markdown';
import type { Point } from '../../../src/lib/reflection/points';
import { positionLabel } from '../../../src/lib/reflection/wording';

const questions: QuestionText[] = [
  {
    id: 'energizes',
    question: 'What truly energizes you?',
    prompt: 'Is it A, or B?',
    poles: ['The thrill', 'The team'],
  },
  {
    id: 'let-go',
    question: 'Are you willing to let go?',
    prompt: 'Can you delegate?',
    poles: ['Delegate', 'Weeds'],
  },
];

describe('answersAsMarkdown', () => {
  test('writes each question, the chosen position and the note as a quote', () => {
    expect(
      answersAsMarkdown({ energizes: { position: 4, note: 'Line one\nLine two' } }, questions, 'My answers'),
    ).toBe(
      [
        '# My answers',
        '',
        '## What truly energizes you?',
        '',
        'Is it A, or B?',
        '',
        '**My answer:** Leaning: The team',
        '',
        '**My note:**',
        '',
        '> Line one',
        '> Line two',
        '',
        '## Are you willing to let go?',
        '',
        'Can you delegate?',
        '',
        '**My answer:** Not answered yet',
        '',
      ].join('\n'),
    );
  });
  test('names both poles for an answer in between', () => {
    expect(answersAsMarkdown({ 'let-go': { position: 3 } }, questions, 'T')).toContain(
      '**My answer:** In between (“Delegate” and “Weeds”)',
    );
  });
  test('keeps markup in a note inert', () => {
    const markdown = answersAsMarkdown(
      { energizes: { note: '<script>alert(1)</script> [x](javascript:alert(1))' } },
      questions,
      'T',
    );
    expect(markdown).toContain('> \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1))');
    expect(markdown).not.toMatch(/(^|[^\\])<script/);
  });
});

describe('escapeMarkdown', () => {
  test('leaves ordinary words, quotes and punctuation alone', () => {
    expect(escapeMarkdown('I’d rather “lead” — maybe, 50%!')).toBe('I’d rather “lead” — maybe, 50%!');
  });
  test('escapes backslashes first, so an escape cannot be undone', () => {
    expect(escapeMarkdown('\\<b>')).toBe('\\\\\\<b\\>');
  });
});

describe('positionLabel', () => {
  test('reads the scale from one pole to the other', () => {
    const poles = ['Code', 'People'] as const;
    expect([1, 2, 3, 4, 5, 'unsure'].map((p) => positionLabel(p as 1, poles))).toEqual([
      'Strongly: Code',
      'Leaning: Code',
      'In between',
      'Leaning: People',
      'Strongly: People',
      'Not sure yet',
    ]);
  });
});

describe('weightsAsMarkdown', () => {
  const points: Point[] = [
    { id: 't/p/deep', title: 'Deep impact', track: 'technical', stance: 'pro' },
    { id: 'm/c/less', title: 'Less technical', track: 'management', stance: 'con' },
  ];
  test('tables every point with its weight, then gives the balance in words', () => {
    expect(weightsAsMarkdown({ 't/p/deep': { weight: 3 }, energizes: { position: 1 } }, points)).toBe(
      [
        '## My weighing of the pros and cons',
        '',
        '| Point | Track | Pro or con | Weight |',
        '| --- | --- | --- | --- |',
        '| Deep impact | Technical | Pro | It decides it for me |',
        '| Less technical | Management | Con | Not weighed yet |',
        '',
        '**Balance:**',
        '',
        '- Technical track: pros 3, cons 0',
        '- Management track: pros 0, cons 0',
        '',
        'Weighing most for you: Deep impact (it decides it for me). By these weights, the technical track’s pros outweigh its cons by more than the management track’s do. One of the two points is still unweighed.',
        '',
      ].join('\n'),
    );
  });
  test('speaks of “their” weighing for shared answers', () => {
    expect(weightsAsMarkdown({}, points, 'their')).toMatch(
      /^## Their weighing of the pros and cons[\s\S]*They have not weighed any of the two points yet\.\n$/,
    );
  });
});
