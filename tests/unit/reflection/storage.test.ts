import { describe, expect, test } from 'vitest';
import {
  clearSheet,
  loadSheet,
  MEMORY_ONLY_NOTICE,
  saveSheet,
  STORAGE_KEY,
} from '../../../src/lib/reflection/storage';
import { EMPTY_SHEET } from '../../../src/lib/reflection/sheet';
import { fakeStorage } from '../../support/fake-storage';

const known = { ids: ['energizes', 'five-years', 'let-go'], points: ['technical-track/pros/deep-impact'] };

describe('loadSheet', () => {
  test('starts blank, with no notice, on a first visit', () => {
    const storage = fakeStorage();
    expect(loadSheet(() => storage, known)).toEqual({ sheet: EMPTY_SHEET, storage });
  });
  test('reads what was saved, a record written before weighing included', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: '{"v":2,"a":{"let-go":{"p":1}}}' });
    expect(loadSheet(() => storage, known).sheet).toEqual({
      answers: { 'let-go': { position: 1 } },
      times: {},
    });
  });
  test('discards a corrupt record with a notice that says why, and removes it', () => {
    const storage = fakeStorage({
      [STORAGE_KEY]: '{"v":3,"a":{"technical-track/pros/deep-impact":{"w":9}}}',
    });
    const loaded = loadSheet(() => storage, known);
    expect(loaded.sheet).toEqual(EMPTY_SHEET);
    expect(loaded.notice).toMatch(
      /could not be read \(a weight is outside the four steps\), so they were discarded/,
    );
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });
  test('falls back to memory, with a notice, when storage cannot be reached', () => {
    const loaded = loadSheet(() => {
      throw new DOMException('denied', 'SecurityError');
    }, known);
    expect(loaded).toEqual({ sheet: EMPTY_SHEET, notice: MEMORY_ONLY_NOTICE });
  });
  test('falls back to memory when storage refuses writes (private mode, full quota)', () => {
    const loaded = loadSheet(() => fakeStorage({}, true), known);
    expect(loaded.storage).toBeUndefined();
    expect(loaded.notice).toBe(MEMORY_ONLY_NOTICE);
  });
});

describe('saveSheet', () => {
  test('writes one versioned record that loads back', () => {
    const storage = fakeStorage();
    const sheet = {
      answers: { energizes: { position: 3 as const, note: 'Both.' } },
      times: { energizes: 5 },
    };
    expect(saveSheet(storage, sheet, known)).toEqual(sheet);
    expect(storage.getItem(STORAGE_KEY)).toBe('{"v":3,"a":{"energizes":{"p":3,"n":"Both.","t":5}}}');
    expect(loadSheet(() => storage, known).sheet).toEqual(sheet);
  });
  test('merges with what another tab saved since, answer by answer, and returns the result', () => {
    const storage = fakeStorage({
      [STORAGE_KEY]: '{"v":3,"a":{"energizes":{"p":1,"t":10},"let-go":{"p":2,"t":20}}}',
    });
    const mine = {
      answers: {
        'let-go': { position: 5 as const },
        'technical-track/pros/deep-impact': { weight: 2 as const },
      },
      times: { 'let-go': 15, 'technical-track/pros/deep-impact': 30 },
    };
    const merged = {
      answers: {
        energizes: { position: 1 },
        'let-go': { position: 2 },
        'technical-track/pros/deep-impact': { weight: 2 },
      },
      times: { energizes: 10, 'let-go': 20, 'technical-track/pros/deep-impact': 30 },
    };
    expect(saveSheet(storage, mine, known)).toEqual(merged);
    expect(loadSheet(() => storage, known).sheet).toEqual(merged);
  });
  test('replaces what is saved when asked to', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: '{"v":3,"a":{"energizes":{"p":1,"t":10}}}' });
    saveSheet(storage, { answers: { 'let-go': { position: 2 } }, times: { 'let-go': 5 } }, known, true);
    expect(storage.getItem(STORAGE_KEY)).toBe('{"v":3,"a":{"let-go":{"p":2,"t":5}}}');
  });
  test('overwrites a saved record that does not decode', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: '{"v":3,' });
    saveSheet(storage, { answers: { 'let-go': { position: 2 } }, times: { 'let-go': 5 } }, known);
    expect(storage.getItem(STORAGE_KEY)).toBe('{"v":3,"a":{"let-go":{"p":2,"t":5}}}');
  });
  test('reports a refused write instead of throwing', () => {
    expect(
      saveSheet(fakeStorage({}, true), { answers: { energizes: { position: 1 } }, times: {} }, known),
    ).toBeUndefined();
  });
});

describe('clearSheet', () => {
  test('removes the record', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: '{"v":3,"a":{"let-go":{"p":1}}}' });
    expect(clearSheet(storage)).toBe(true);
    expect(storage.length).toBe(0);
  });
  test('reports a refused removal instead of throwing', () => {
    const storage = {
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(clearSheet(storage)).toBe(false);
  });
});
