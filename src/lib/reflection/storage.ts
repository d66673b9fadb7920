/**
 * Where the worksheet lives between visits: one localStorage record, shared by every
 * embedding of the worksheet, every weighing control and every open tab. Lifecycle:
 * `loadSheet` once when the island starts (and again when another tab writes),
 * `saveSheet` after edits (debounced by the caller). Saving reads the record first and
 * merges entry by entry (the newer wins), so a tab never overwrites what another tab
 * saved since. A record that does not decode is removed, so one bad write cannot break
 * every later visit; storage that cannot be used at all (blocked, private mode, full)
 * leaves the worksheet working in memory, with a notice saying so.
 */
import type { Known } from './record';
import { decodeRecord, encodeRecord } from './record';
import { EMPTY_SHEET, mergeSheets, type Sheet } from './sheet';

/** The localStorage key of the record. */
export const STORAGE_KEY = 'reflection-answers';

/** Shown when answers cannot be kept: the worksheet still works for this visit. */
export const MEMORY_ONLY_NOTICE =
  'This browser is not letting the page save anything, so your answers will be lost when you leave. Copy or download them to keep them.';

export interface Loaded {
  sheet: Sheet;
  /** The storage to save to; undefined when only memory is available. */
  storage?: Storage;
  /** Something the reader should know about their saved answers. */
  notice?: string;
}

/**
 * Reads the saved sheet. `getStorage` is a function because merely touching
 * `window.localStorage` throws in some locked-down browsers.
 */
export function loadSheet(getStorage: () => Storage, known: Known): Loaded {
  let storage: Storage;
  let raw: string | null;
  try {
    storage = getStorage();
    raw = storage.getItem(STORAGE_KEY);
    storage.setItem(`${STORAGE_KEY}-probe`, '1');
    storage.removeItem(`${STORAGE_KEY}-probe`);
  } catch {
    return { sheet: EMPTY_SHEET, notice: MEMORY_ONLY_NOTICE };
  }
  if (raw === null) return { sheet: EMPTY_SHEET, storage };
  const decoded = decodeRecord(raw, known);
  if (decoded.ok) return { sheet: decoded.sheet, storage };
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    /* it will be overwritten by the next save */
  }
  return {
    sheet: EMPTY_SHEET,
    storage,
    notice: `Answers saved earlier in this browser could not be read (${decoded.reason}), so they were discarded. The worksheet starts blank.`,
  };
}

/**
 * Merges `sheet` into what is saved and saves the result, which it returns (what this
 * tab should now show); `replace` saves `sheet` as it is. Undefined when the browser refused.
 */
export function saveSheet(storage: Storage, sheet: Sheet, known: Known, replace = false): Sheet | undefined {
  try {
    const raw = replace ? null : storage.getItem(STORAGE_KEY);
    const saved = raw === null ? undefined : decodeRecord(raw, known);
    const merged = saved?.ok ? mergeSheets(saved.sheet, sheet) : sheet;
    storage.setItem(STORAGE_KEY, encodeRecord(merged));
    return merged;
  } catch {
    return undefined;
  }
}

/** Removes the record (every answer, note and weight); false when the browser refused. */
export function clearSheet(storage: Storage): boolean {
  try {
    storage.removeItem(STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}
