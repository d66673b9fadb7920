/**
 * The one serialized form of the answers, used by both localStorage and share links:
 * `{"v":3,"a":{"let-go":{"p":4,"n":"…","t":1764000000000},"technical-track/pros/deep-impact":{"w":2,"t":…}}}`.
 * Questions have a position `p` and a note `n`, pros and cons (by page id) a weight `w`;
 * `t` is when the answer last changed (share links leave it out), and an entry with only
 * `t` was cleared. Everything read back is untrusted (another tab, an old deploy, a
 * browser extension or a stranger's link may have written it), so decoding is strict: a
 * size cap, an exact shape, known ids, allowed values. Anything else is rejected as a
 * whole with a reason the page can show.
 */
import { NOTE_MAX, positionFrom, type Answer } from './answers';
import type { Sheet } from './sheet';
import { weightFrom } from './weights';

/**
 * The format written today. Version 1 stored positions only (`{"v":1,"p":{"let-go":4}}`,
 * 0 = not sure); version 2 answers to the questions without times (`{"v":2,"a":{"let-go":{"p":4,"n":"…"}}}`).
 */
export const RECORD_VERSION = 3;

/** Longest serialized record we read: three full notes even if every character is escaped, plus ten weights. */
export const RECORD_MAX = 20_000;

/** Why a record was rejected, in words a reader can act on. */
export type Rejection = string;

export type Decoded = { ok: true; sheet: Sheet } | { ok: false; reason: Rejection };

/** What the guide has: its question ids and its pro/con page ids. */
export interface Known {
  ids: readonly string[];
  points: readonly string[];
}

/** The sheet as a current-version record (JSON text); `times: false` leaves out when answers changed. */
export function encodeRecord({ answers, times }: Sheet, { timed = true } = {}): string {
  const a: Record<
    string,
    { p?: Answer['position']; n?: string | undefined; w?: Answer['weight']; t?: number | undefined }
  > = {};
  for (const id of new Set([...Object.keys(answers), ...(timed ? Object.keys(times) : [])])) {
    const { position, note, weight } = answers[id] ?? {};
    a[id] = { p: position, n: note, w: weight, t: timed ? times[id] : undefined };
  }
  return JSON.stringify({ v: RECORD_VERSION, a });
}

/**
 * Reads a record written by this or an older version. Times later than `now` are taken
 * as `now`, so a record from a clock in the future cannot outvote every later edit.
 * Never throws: bad input comes back as `{ ok: false, reason }`.
 */
export function decodeRecord(text: string, known: Known, now = Date.now()): Decoded {
  if (text.length > RECORD_MAX) return fail('they are too large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('they are not valid data');
  }
  try {
    return { ok: true, sheet: sheetOf(data, known, now) };
  } catch (reason) {
    return fail(String(reason));
  }
}

function fail(reason: Rejection): Decoded {
  return { ok: false, reason };
}

/** Stops decoding with the reason (a string: nothing else is ever thrown in here). */
function check(condition: unknown, reason: string): asserts condition {
  if (!condition) throw reason;
}

/** A plain JSON object with only the given keys (`__proto__` and friends are just unknown keys). */
function objectWith(value: unknown, allowed: readonly string[], reason: string): Record<string, unknown> {
  check(typeof value === 'object' && value !== null && !Array.isArray(value), reason);
  check(
    Object.keys(value).every((key) => allowed.includes(key)),
    reason,
  );
  return value as Record<string, unknown>;
}

function sheetOf(data: unknown, known: Known, now: number): Sheet {
  const version = objectWith(data, ['v', 'a', 'p'], 'they are in an unknown format').v;
  check(version === 1 || version === 2 || version === 3, 'they come from an unknown version of this guide');
  const record = objectWith(data, ['v', version === 1 ? 'p' : 'a'], 'they are in an unknown format');
  const ids = version === 3 ? [...known.ids, ...known.points] : known.ids;
  const raw = version === 1 ? record.p : record.a;
  check(typeof raw === 'object' && raw !== null && !Array.isArray(raw), 'they are in an unknown format');
  const byId = objectWith(raw, ids, 'they name a question or a pro/con this guide does not have');
  const sheet = { answers: {} as Record<string, Answer>, times: {} as Record<string, number> };
  for (const id of ids) {
    if (!Object.hasOwn(byId, id)) continue;
    const { t, ...answer } =
      version === 1 ? fromVersion1(byId[id]) : fromObject(byId[id], version === 3, known.points.includes(id));
    if (Object.keys(answer).length) sheet.answers[id] = answer;
    if (t !== undefined) {
      check(Number.isSafeInteger(t) && (t as number) >= 0, 'a time is not a time');
      sheet.times[id] = Math.min(t as number, now);
    }
  }
  return sheet;
}

/** An answer as versions 2 and 3 write it (3 adds times and weights). */
function fromObject(value: unknown, timed: boolean, isPoint: boolean): Answer & { t?: unknown } {
  const { p, n, w, t } = objectWith(
    value,
    isPoint ? ['w', 't'] : timed ? ['p', 'n', 't'] : ['p', 'n'],
    'an answer is not in the expected form',
  );
  const answer: Answer & { t?: unknown } = t === undefined ? {} : { t };
  if (p !== undefined) {
    const position = positionFrom(p);
    check(
      position !== undefined && typeof p === typeof position,
      'an answer has a position outside the scale',
    );
    answer.position = position;
  }
  if (n !== undefined) {
    check(typeof n === 'string', 'a note is not text');
    check(n.length <= NOTE_MAX, 'a note is too long');
    if (n.trim()) answer.note = n;
  }
  if (w !== undefined) {
    const weight = weightFrom(w);
    check(weight !== undefined && typeof w === 'number', 'a weight is outside the four steps');
    answer.weight = weight;
  }
  return answer;
}

/** Version 1 kept only a number per question: 1…5 on the scale, 0 for "not sure yet". */
function fromVersion1(value: unknown): Answer & { t?: unknown } {
  check(
    Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 5,
    'an answer has a position outside the scale',
  );
  return { position: value === 0 ? 'unsure' : positionFrom(value) };
}
