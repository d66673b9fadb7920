import { describe, expect, test } from 'vitest';
import {
  EMPTY_SHEET,
  hasNewerEntries,
  mergeSheets,
  stampAll,
  stampChanges,
  type Sheet,
} from '../../../src/lib/reflection/sheet';

describe('stampChanges', () => {
  test('stamps only the answers that changed, and a cleared one too', () => {
    const before: Sheet = {
      answers: { energizes: { position: 1 }, 'let-go': { note: 'x' } },
      times: { energizes: 1, 'let-go': 2 },
    };
    const after = stampChanges(before, { energizes: { position: 1 }, 'five-years': { position: 4 } }, 50);
    expect(after).toEqual({
      answers: { energizes: { position: 1 }, 'five-years': { position: 4 } },
      times: { energizes: 1, 'let-go': 50, 'five-years': 50 },
    });
  });
  test('leaves the sheet it was given untouched', () => {
    const before: Sheet = { answers: {}, times: {} };
    stampChanges(before, { energizes: { position: 1 } }, 9);
    expect(before).toEqual({ answers: {}, times: {} });
  });
});

describe('stampAll', () => {
  test('dates every id now, answered or not, so the whole sheet wins a merge', () => {
    expect(stampAll({ energizes: { position: 2 } }, ['energizes', 'let-go'], 7)).toEqual({
      answers: { energizes: { position: 2 } },
      times: { energizes: 7, 'let-go': 7 },
    });
  });
});

describe('mergeSheets', () => {
  const tabA: Sheet = { answers: { energizes: { position: 1 } }, times: { energizes: 100 } };
  const tabB: Sheet = { answers: { 'five-years': { position: 5 } }, times: { 'five-years': 200 } };

  test('keeps an answer to question 1 from one tab and to question 2 from another', () => {
    const merged = {
      answers: { energizes: { position: 1 }, 'five-years': { position: 5 } },
      times: { energizes: 100, 'five-years': 200 },
    };
    expect(mergeSheets(tabA, tabB)).toEqual(merged);
    expect(mergeSheets(tabB, tabA)).toEqual(merged);
  });
  test('takes the newer answer to the same question, whichever side it is on', () => {
    const older: Sheet = { answers: { energizes: { position: 5, note: 'old' } }, times: { energizes: 50 } };
    expect(mergeSheets(tabA, older).answers).toEqual({ energizes: { position: 1 } });
    expect(mergeSheets(older, tabA).answers).toEqual({ energizes: { position: 1 } });
  });
  test('lets a newer clearing win over an older answer', () => {
    const cleared: Sheet = { answers: {}, times: { energizes: 150 } };
    expect(mergeSheets(tabA, cleared)).toEqual({ answers: {}, times: { energizes: 150 } });
  });
  test('merges weights the same way, point by point', () => {
    const a: Sheet = {
      answers: { 'technical-track/pros/deep-impact': { weight: 3 } },
      times: { 'technical-track/pros/deep-impact': 10 },
    };
    const b: Sheet = {
      answers: {
        'technical-track/pros/deep-impact': { weight: 1 },
        'management-track/cons/less-technical': { weight: 2 },
      },
      times: { 'technical-track/pros/deep-impact': 20, 'management-track/cons/less-technical': 5 },
    };
    expect(mergeSheets(a, b).answers).toEqual({
      'technical-track/pros/deep-impact': { weight: 1 },
      'management-track/cons/less-technical': { weight: 2 },
    });
  });
  test('counts an answer with no time (a migrated record) as older than any dated one, and breaks ties for the second sheet', () => {
    const migrated: Sheet = { answers: { energizes: { position: 5 }, 'let-go': { position: 2 } }, times: {} };
    const early: Sheet = { answers: { energizes: { position: 3 } }, times: { energizes: 0 } };
    expect(mergeSheets(migrated, early).answers).toEqual({
      energizes: { position: 3 },
      'let-go': { position: 2 },
    });
    expect(mergeSheets(early, migrated).answers).toEqual({
      energizes: { position: 5 },
      'let-go': { position: 2 },
    });
  });
  test('fills a gap with an undated answer rather than dropping it', () => {
    expect(mergeSheets(EMPTY_SHEET, { answers: { energizes: { position: 2 } }, times: {} }).answers).toEqual({
      energizes: { position: 2 },
    });
  });
});

describe('hasNewerEntries', () => {
  // Two tabs saved at once: the record holds only the second tab's answer.
  const saved: Sheet = { answers: { 'five-years': { position: 4 } }, times: { 'five-years': 20 } };
  test('an answer the saved record lost counts as newer', () => {
    const ours: Sheet = { answers: { energizes: { position: 2 } }, times: { energizes: 19 } };
    expect(hasNewerEntries(ours, saved)).toBe(true);
    expect(hasNewerEntries(mergeSheets(ours, saved), saved)).toBe(true);
  });
  test('nothing is newer once the record holds everything, so tabs do not save back and forth', () => {
    const both = mergeSheets(saved, { answers: { energizes: { position: 2 } }, times: { energizes: 19 } });
    expect(hasNewerEntries(both, both)).toBe(false);
    expect(hasNewerEntries(saved, both)).toBe(false);
    expect(hasNewerEntries(EMPTY_SHEET, saved)).toBe(false);
  });
  test('a newer answer, a newer clearing and an undated answer the record lacks count; an older answer does not', () => {
    expect(
      hasNewerEntries({ answers: { 'five-years': { position: 1 } }, times: { 'five-years': 21 } }, saved),
    ).toBe(true);
    expect(hasNewerEntries({ answers: {}, times: { 'five-years': 21 } }, saved)).toBe(true);
    expect(hasNewerEntries({ answers: { 'let-go': { position: 3 } }, times: {} }, saved)).toBe(true);
    expect(
      hasNewerEntries({ answers: { 'five-years': { position: 1 } }, times: { 'five-years': 5 } }, saved),
    ).toBe(false);
  });
});
