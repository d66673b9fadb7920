import { describe, expect, test } from 'vitest';
import {
  emptyPath,
  isEmptyPath,
  movedStep,
  NOTE_MAX,
  STEPS_MAX,
  withNote,
  withoutStep,
  withStep,
  type ReadingPath,
} from '../../../src/lib/path/readingPath';

const three: ReadingPath = { title: '', intro: '', steps: ['a', 'b', 'c'].map((id) => ({ id, note: '' })) };
const order = (path: ReadingPath) => path.steps.map((s) => s.id).join('');

describe('editing a path', () => {
  test('withStep adds at the end, once', () => {
    expect(order(withStep(three, 'd'))).toBe('abcd');
    expect(withStep(three, 'b')).toBe(three);
  });
  test(`withStep refuses a step past ${STEPS_MAX}`, () => {
    let path = emptyPath();
    for (let i = 0; i < STEPS_MAX + 5; i++) path = withStep(path, `s-${i}`);
    expect(path.steps).toHaveLength(STEPS_MAX);
  });
  test('withoutStep removes it', () => expect(order(withoutStep(three, 'b'))).toBe('ac'));
  test('movedStep moves up and down and stops at the ends', () => {
    expect(order(movedStep(three, 'b', -1))).toBe('bac');
    expect(order(movedStep(three, 'b', 1))).toBe('acb');
    expect(movedStep(three, 'a', -1)).toBe(three);
    expect(movedStep(three, 'zz', 1)).toBe(three);
  });
  test('withNote sets one note, cut to its cap', () => {
    const path = withNote(three, 'c', 'x'.repeat(NOTE_MAX + 10));
    expect(path.steps[2]!.note).toHaveLength(NOTE_MAX);
    expect(path.steps[0]!.note).toBe('');
  });
  test('isEmptyPath: blank title and intro and no steps', () => {
    expect(isEmptyPath(emptyPath())).toBe(true);
    expect(isEmptyPath({ ...emptyPath(), title: ' x' })).toBe(false);
    expect(isEmptyPath(three)).toBe(false);
  });
});
