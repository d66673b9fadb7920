import { describe, expect, test } from 'vitest';
import { WEIGHT_LABELS, weightFrom, withWeight } from '../../../src/lib/reflection/weights';

describe('weightFrom', () => {
  test('reads the four radios’ values', () => {
    expect(['0', '1', '2', '3'].map(weightFrom)).toEqual([0, 1, 2, 3]);
  });
  test('gives no weight for anything else', () => {
    expect(['4', '-1', '1.5', '', 'A lot', null, undefined].map(weightFrom)).toEqual(
      Array(7).fill(undefined),
    );
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

describe('WEIGHT_LABELS', () => {
  test('are the four steps, lightest first', () => {
    expect(WEIGHT_LABELS).toEqual(['Not at all', 'A little', 'A lot', 'It decides it for me']);
  });
});
