/**
 * Where the answers live between visits: one localStorage record, shared by every
 * embedding of the worksheet and every open tab. Lifecycle: `loadAnswers` once when
 * the island starts (and again when another tab writes), `saveAnswers` after edits
 * (debounced by the caller). A record that does not decode is removed, so one bad
 * write cannot break every later visit; storage that cannot be used at all (blocked,
 * private mode, full) leaves the worksheet working in memory, with a notice saying so.
 */
import { hasAnswers, type Answers } from './answers';
import { decodeRecord, encodeRecord } from './record';

/** The localStorage key of the record. */
export const STORAGE_KEY = 'reflection-answers';

/** Shown when answers cannot be kept: the worksheet still works for this visit. */
export const MEMORY_ONLY_NOTICE =
  'This browser is not letting the page save anything, so your answers will be lost when you leave. Copy or download them to keep them.';

export interface Loaded {
  answers: Answers;
  /** The storage to save to; undefined when only memory is available. */
  storage?: Storage;
  /** Something the reader should know about their saved answers. */
  notice?: string;
}

/**
 * Reads the saved answers. `getStorage` is a function because merely touching
 * `window.localStorage` throws in some locked-down browsers.
 */
export function loadAnswers(getStorage: () => Storage, knownIds: readonly string[]): Loaded {
  let storage: Storage;
  let raw: string | null;
  try {
    storage = getStorage();
    raw = storage.getItem(STORAGE_KEY);
    storage.setItem(`${STORAGE_KEY}-probe`, '1');
    storage.removeItem(`${STORAGE_KEY}-probe`);
  } catch {
    return { answers: {}, notice: MEMORY_ONLY_NOTICE };
  }
  if (raw === null) return { answers: {}, storage };
  const decoded = decodeRecord(raw, knownIds);
  if (decoded.ok) return { answers: decoded.answers, storage };
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    /* it will be overwritten by the next save */
  }
  return {
    answers: {},
    storage,
    notice: `Answers saved earlier in this browser could not be read (${decoded.reason}), so they were discarded. The worksheet starts blank.`,
  };
}

/** Saves (or, when empty, removes) the record; false when the browser refused. */
export function saveAnswers(storage: Storage, answers: Answers): boolean {
  try {
    if (hasAnswers(answers)) storage.setItem(STORAGE_KEY, encodeRecord(answers));
    else storage.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
