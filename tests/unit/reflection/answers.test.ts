import { describe, expect, test } from 'vitest';
import {
  hasAnswers,
  NOTE_MAX,
  positionFrom,
  withNote,
  withPosition,
  withWeight,
} from '../../../src/lib/reflection/answers';

describe('positionFrom', () => {
  test('reads the scale radios’ values', () => {
    expect(['1', '3', '5', 'unsure'].map(positionFrom)).toEqual([1, 3, 5, 'unsure']);
  });
  test('gives no position for anything off the scale', () => {
    expect(['0', '6', '', 'Unsure', '<b>1</b>', null, undefined].map(positionFrom)).toEqual(
      Array(7).fill(undefined),
    );
  });
});

describe('withPosition', () => {
  test('sets one question’s position and leaves the others alone', () => {
    const before = { energizes: { note: 'kept' } };
    const after = withPosition(before, 'let-go', 4);
    expect(after).toEqual({ energizes: { note: 'kept' }, 'let-go': { position: 4 } });
    expect(before).toEqual({ energizes: { note: 'kept' } });
  });
  test('keeps the note when the position changes', () => {
    expect(withPosition({ 'let-go': { position: 1, note: 'n' } }, 'let-go', 'unsure')).toEqual({
      'let-go': { position: 'unsure', note: 'n' },
    });
  });
  test('drops the question entirely when neither position nor note is left', () => {
    expect(withPosition({ 'let-go': { position: 2 } }, 'let-go', undefined)).toEqual({});
  });
});

describe('withNote', () => {
  test('sets a note next to the position', () => {
    expect(withNote({ energizes: { position: 5 } }, 'energizes', 'Shipping the compiler.')).toEqual({
      energizes: { position: 5, note: 'Shipping the compiler.' },
    });
  });
  test('treats a blank note as no note', () => {
    expect(withNote({ energizes: { note: 'old' } }, 'energizes', '   \n')).toEqual({});
  });
  test('cuts a note at NOTE_MAX characters', () => {
    expect(withNote({}, 'energizes', 'x'.repeat(NOTE_MAX + 50)).energizes?.note).toHaveLength(NOTE_MAX);
  });
});

describe('hasAnswers', () => {
  test('is false for a blank worksheet and true once anything is answered', () => {
    expect(hasAnswers({})).toBe(false);
    expect(hasAnswers(withNote({}, 'let-go', 'maybe'))).toBe(true);
  });
});

describe('withWeight', () => {
  test('sets one point’s weight and leaves the answers alone', () => {
    const before = { energizes: { position: 2 as const } };
    expect(withWeight(before, 'technical-track/pros/deep-impact', 0)).toEqual({
      energizes: { position: 2 },
      'technical-track/pros/deep-impact': { weight: 0 },
    });
    expect(before).toEqual({ energizes: { position: 2 } });
  });
  test('removes the entry when the weight is taken away', () => {
    expect(
      withWeight(
        { 'technical-track/pros/deep-impact': { weight: 3 } },
        'technical-track/pros/deep-impact',
        undefined,
      ),
    ).toEqual({});
  });
});
