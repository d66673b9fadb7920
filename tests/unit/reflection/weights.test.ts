import { describe, expect, test } from 'vitest';
import { WEIGHT_LABELS, weightFrom } from '../../../src/lib/reflection/weights';

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

describe('WEIGHT_LABELS', () => {
  test('are the four steps, lightest first', () => {
    expect(WEIGHT_LABELS).toEqual(['Not at all', 'A little', 'A lot', 'It decides it for me']);
  });
});
