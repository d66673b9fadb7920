import { describe, expect, test } from 'vitest';
import { leaningOf, numberWord, type QuestionPoles } from '../../../src/lib/reflection/summary';

// As in content/questions.json: the poles are not always in the same order.
const questions: QuestionPoles[] = [
  { id: 'energizes', tracks: ['technical', 'management'] },
  { id: 'five-years', tracks: ['management', 'technical'] },
  { id: 'let-go', tracks: ['management', 'technical'] },
];
const summary = (answers: Parameters<typeof leaningOf>[0], whose?: 'your' | 'their') =>
  leaningOf(answers, questions, whose).sentences.join(' ');

describe('leaningOf', () => {
  test('says nothing is placed yet on a blank worksheet', () => {
    expect(summary({})).toBe(
      'You have not placed an answer on the scale yet for any of the three questions.',
    );
  });
  test('counts each side through the question’s own pole order', () => {
    const leaning = leaningOf(
      { energizes: { position: 1 }, 'five-years': { position: 5 }, 'let-go': { position: 2 } },
      questions,
    );
    expect([leaning.technical, leaning.management]).toEqual([2, 1]);
  });
  test('words a lean the way the issue asks: “two of your three answers lean toward…”', () => {
    expect(
      summary({ energizes: { position: 2 }, 'five-years': { position: 4 }, 'let-go': { position: 3 } }),
    ).toBe('Two of your three answers lean toward the technical track and one sits in between.');
  });
  test('says “all” when every answer leans the same way', () => {
    expect(
      summary({ energizes: { position: 5 }, 'five-years': { position: 1 }, 'let-go': { position: 2 } }),
    ).toBe('All three of your answers lean toward the management track.');
  });
  test('speaks of a single answer in the singular, and of the open questions', () => {
    expect(summary({ 'let-go': { position: 'unsure' } })).toBe(
      'Your one answer is not sure yet. Two questions are still open.',
    );
  });
  test('ignores notes without a position', () => {
    expect(leaningOf({ energizes: { note: 'thinking' } }, questions).answered).toBe(0);
  });
  test('describes shared answers as theirs', () => {
    expect(summary({ energizes: { position: 1 }, 'let-go': { position: 1 } }, 'their')).toBe(
      'One of their two answers leans toward the technical track and one leans toward the management track. One question is still open.',
    );
  });
  test('calls answers split when they lean both ways, or only sit in between', () => {
    expect(leaningOf({ energizes: { position: 1 }, 'five-years': { position: 1 } }, questions).split).toBe(
      true,
    );
    expect(leaningOf({ energizes: { position: 3 } }, questions).split).toBe(true);
    expect(leaningOf({ energizes: { position: 1 }, 'let-go': { position: 5 } }, questions).split).toBe(false);
    expect(leaningOf({ energizes: { position: 'unsure' } }, questions).split).toBe(false);
  });
  test('lists three kinds of answer in one sentence', () => {
    expect(
      summary({ energizes: { position: 1 }, 'five-years': { position: 2 }, 'let-go': { position: 3 } }),
    ).toBe(
      'One of your three answers leans toward the technical track, one leans toward the management track and one sits in between.',
    );
  });
  test('never tells the reader what to choose', () => {
    const positions = [1, 2, 3, 4, 5, 'unsure', undefined] as const;
    for (const a of positions)
      for (const b of positions)
        for (const c of positions) {
          const text = summary({
            energizes: { position: a },
            'five-years': { position: b },
            'let-go': { position: c },
          });
          expect(text).not.toMatch(/should|must|choose|best|right|wrong|recommend/i);
        }
  });
});

describe('numberWord', () => {
  test('spells small counts and falls back to digits', () => {
    expect([numberWord(0), numberWord(3), numberWord(11)]).toEqual(['no', 'three', '11']);
  });
});
