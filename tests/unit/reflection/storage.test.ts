import { describe, expect, test } from 'vitest';
import { loadAnswers, MEMORY_ONLY_NOTICE, saveAnswers, STORAGE_KEY } from '../../../src/lib/reflection/storage';

const ids = ['energizes', 'five-years', 'let-go'];

/** A localStorage stand-in; `full` makes every write fail the way a full quota does. */
function fakeStorage(initial: Record<string, string> = {}, full = false): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('quota', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

describe('loadAnswers', () => {
  test('starts blank, with no notice, on a first visit', () => {
    const storage = fakeStorage();
    expect(loadAnswers(() => storage, ids)).toEqual({ answers: {}, storage });
  });
  test('reads what was saved', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: '{"v":2,"a":{"let-go":{"p":1}}}' });
    expect(loadAnswers(() => storage, ids).answers).toEqual({ 'let-go': { position: 1 } });
  });
  test('discards a corrupt record with a notice that says why, and removes it', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: '{"v":2,"a":{"salary":{"p":1}}}' });
    const loaded = loadAnswers(() => storage, ids);
    expect(loaded.answers).toEqual({});
    expect(loaded.notice).toMatch(/could not be read \(they mention a question this guide does not have\), so they were discarded/);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });
  test('falls back to memory, with a notice, when storage cannot be reached', () => {
    const loaded = loadAnswers(() => {
      throw new DOMException('denied', 'SecurityError');
    }, ids);
    expect(loaded).toEqual({ answers: {}, notice: MEMORY_ONLY_NOTICE });
  });
  test('falls back to memory when storage refuses writes (private mode, full quota)', () => {
    const loaded = loadAnswers(() => fakeStorage({}, true), ids);
    expect(loaded.storage).toBeUndefined();
    expect(loaded.notice).toBe(MEMORY_ONLY_NOTICE);
  });
});

describe('saveAnswers', () => {
  test('writes one versioned record that loads back', () => {
    const storage = fakeStorage();
    expect(saveAnswers(storage, { energizes: { position: 3, note: 'Both.' } })).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBe('{"v":2,"a":{"energizes":{"p":3,"n":"Both."}}}');
    expect(loadAnswers(() => storage, ids).answers).toEqual({ energizes: { position: 3, note: 'Both.' } });
  });
  test('removes the record when the answers are cleared', () => {
    const storage = fakeStorage({ [STORAGE_KEY]: '{"v":2,"a":{"let-go":{"p":1}}}' });
    saveAnswers(storage, {});
    expect(storage.length).toBe(0);
  });
  test('reports a refused write instead of throwing', () => {
    expect(saveAnswers(fakeStorage({}, true), { energizes: { position: 1 } })).toBe(false);
  });
});
