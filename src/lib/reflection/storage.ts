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
  const decode = (raw: string) => {
    const decoded = decodeRecord(raw, known);
    return decoded.ok ? { ok: true as const, value: decoded.sheet } : decoded;
  };
  const opened = openRecord(
    getStorage,
    STORAGE_KEY,
    decode,
    (): Sheet => EMPTY_SHEET,
    (reason) =>
      `Answers saved earlier in this browser could not be read (${reason}), so they were discarded. The worksheet starts blank.`,
  );
  const loaded: Loaded = { sheet: opened.value };
  if (opened.storage) loaded.storage = opened.storage;
  if (opened.notice) loaded.notice = opened.notice === BLOCKED ? MEMORY_ONLY_NOTICE : opened.notice;
  return loaded;
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
  return writeRecord(storage, STORAGE_KEY, undefined);
}

/*
 * The shared part, for every record this guide keeps in localStorage (the answers, the
 * reading paths): each is one key, decoded strictly, removed when it does not decode.
 */

/** What `openRecord` found. */
export interface Opened<T> {
  value: T;
  /** The storage to save to; undefined when only memory is available. */
  storage?: Storage;
  /** Something the reader should know; `BLOCKED` when nothing can be saved. */
  notice?: string;
}

/** The notice `openRecord` gives when storage cannot be used at all: each caller words it. */
export const BLOCKED = 'storage-blocked';

/**
 * Reads and decodes one record. `getStorage` is a function because merely touching
 * `window.localStorage` throws in some locked-down browsers. A record that does not decode
 * is removed, so one bad write cannot break every later visit.
 */
export function openRecord<T>(
  getStorage: () => Storage,
  key: string,
  decode: (raw: string) => { ok: true; value: T } | { ok: false; reason: string },
  empty: () => T,
  discarded: (reason: string) => string,
): Opened<T> {
  let storage: Storage;
  let raw: string | null;
  try {
    storage = getStorage();
    raw = storage.getItem(key);
    storage.setItem(`${key}-probe`, '1');
    storage.removeItem(`${key}-probe`);
  } catch {
    return { value: empty(), notice: BLOCKED };
  }
  if (raw === null) return { value: empty(), storage };
  const decoded = decode(raw);
  if (decoded.ok) return { value: decoded.value, storage };
  try {
    storage.removeItem(key);
  } catch {
    /* it will be overwritten by the next save */
  }
  return { value: empty(), storage, notice: discarded(decoded.reason) };
}

/** Writes one record (or removes it, for `undefined`); false when the browser refused. */
export function writeRecord(storage: Storage, key: string, text: string | undefined): boolean {
  try {
    if (text === undefined) storage.removeItem(key);
    else storage.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}
