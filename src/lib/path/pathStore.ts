/**
 * The reader's reading-path state between visits: the draft being composed and, per path
 * followed, which steps they marked as read. One small versioned localStorage record of its
 * own (`reading-paths`), apart from the answers record, shared by every page and tab
 * (other tabs pick changes up through the `storage` event). Lifecycle: `loadPathStore` when
 * the composer, the follower or "Add to path" starts and again when another tab writes;
 * `savePathStore` after each change. Like the answers record, everything read back is
 * untrusted and checked strictly: a record that does not decode is discarded with a notice.
 *
 * `{"v":1,"d":[title, intro, id, note, …],"r":{"<path key>":["short-id", …]}}`
 */
import { openRecord, writeRecord, type Opened } from '../reflection/storage';
import { emptyPath, flatten, isEmptyPath, unflatten, type ReadingPath } from './readingPath';

export const PATHS_KEY = 'reading-paths';
export const PATHS_VERSION = 1;
/** Longest record we read: a full draft, and read-marks for many paths. */
export const PATHS_RECORD_MAX = 64_000;
/** Paths whose read-marks we keep; the oldest are forgotten first. */
export const MARKED_PATHS_MAX = 50;

export interface PathStore {
  draft: ReadingPath;
  /** Path key → the short ids of the steps marked as read. */
  read: Record<string, string[]>;
}

export function emptyStore(): PathStore {
  return { draft: emptyPath(), read: {} };
}

export function encodePathStore(store: PathStore): string {
  return JSON.stringify({
    v: PATHS_VERSION,
    ...(isEmptyPath(store.draft) ? {} : { d: flatten(store.draft) }),
    r: store.read,
  });
}

/** Reads a record; never throws. */
export function decodePathStore(
  text: string,
): { ok: true; value: PathStore } | { ok: false; reason: string } {
  if (text.length > PATHS_RECORD_MAX) return { ok: false, reason: 'it is too large' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid data' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, reason: 'it is in an unknown format' };
  const record = data as Record<string, unknown>;
  if (Object.keys(record).some((key) => !['v', 'd', 'r'].includes(key)))
    return { ok: false, reason: 'it is in an unknown format' };
  if (record.v !== PATHS_VERSION)
    return { ok: false, reason: 'it comes from an unknown version of this guide' };
  let draft = emptyPath();
  if (record.d !== undefined) {
    if (!Array.isArray(record.d)) return { ok: false, reason: 'its draft is not a path' };
    const { path, problems } = unflatten(record.d);
    if (problems.length) return { ok: false, reason: 'its draft is damaged' };
    draft = path;
  }
  const read: Record<string, string[]> = {};
  const marks = record.r ?? {};
  if (typeof marks !== 'object' || marks === null || Array.isArray(marks))
    return { ok: false, reason: 'its read-marks are damaged' };
  for (const [key, ids] of Object.entries(marks)) {
    if (
      !/^[0-9a-z]{1,16}$/.test(key) ||
      !Array.isArray(ids) ||
      ids.length > 30 ||
      !ids.every((id) => typeof id === 'string' && /^[a-z0-9-]{1,100}$/.test(id))
    ) {
      return { ok: false, reason: 'its read-marks are damaged' };
    }
    read[key] = ids as string[];
  }
  if (Object.keys(read).length > MARKED_PATHS_MAX) return { ok: false, reason: 'it is too large' };
  return { ok: true, value: { draft, read } };
}

/** The saved state (or an empty one), the storage to write to, and a notice when something was lost. */
export function loadPathStore(getStorage: () => Storage): Opened<PathStore> {
  return openRecord(
    getStorage,
    PATHS_KEY,
    decodePathStore,
    emptyStore,
    (reason) =>
      `A reading-path draft saved earlier in this browser could not be read (${reason}), so it was discarded.`,
  );
}

/** Saves the state (or removes the record when it holds nothing); false when the browser refused. */
export function savePathStore(storage: Storage, store: PathStore): boolean {
  const empty = isEmptyPath(store.draft) && Object.keys(store.read).length === 0;
  return writeRecord(storage, PATHS_KEY, empty ? undefined : encodePathStore(store));
}

/** The store with `id` marked (or unmarked) as read on path `key`; the oldest paths drop off past the cap. */
export function withReadMark(store: PathStore, key: string, id: string, read: boolean): PathStore {
  const ids = new Set(store.read[key] ?? []);
  if (read) ids.add(id);
  else ids.delete(id);
  const { [key]: _old, ...others } = store.read;
  const entries = Object.entries(others);
  if (ids.size > 0) entries.push([key, [...ids]]);
  return { ...store, read: Object.fromEntries(entries.slice(-MARKED_PATHS_MAX)) };
}

/**
 * A short key naming a path for its read-marks: a hash of its content, so the same path
 * (however its link was packed) keeps its marks, and a different one starts fresh.
 */
export function pathKey(path: ReadingPath): string {
  const text = JSON.stringify(flatten(path));
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}
