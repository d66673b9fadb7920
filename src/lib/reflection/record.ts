/**
 * The one serialized form of the answers, used by both localStorage and share links:
 * `{"v":2,"a":{"let-go":{"p":4,"n":"…"}}}`. Everything read back is untrusted (another
 * tab, an old deploy, a browser extension or a stranger's link may have written it), so
 * decoding is strict: a size cap, an exact shape, known question ids, allowed values.
 * Anything else is rejected as a whole with a reason the page can show.
 */
import { NOTE_MAX, positionFrom, type Answer, type Answers } from './answers';

/** The format written today. Version 1 stored positions only (`{"v":1,"p":{"let-go":4}}`, 0 = not sure). */
export const RECORD_VERSION = 2;

/** Longest serialized record we read: three full notes even if every character is escaped. */
export const RECORD_MAX = 16_000;

/** Why a record was rejected, in words a reader can act on. */
export type Rejection = string;

export type Decoded = { ok: true; answers: Answers } | { ok: false; reason: Rejection };

/** The answers as a current-version record (JSON text). */
export function encodeRecord(answers: Answers): string {
  const a: Record<string, { p?: Answer['position']; n?: string | undefined }> = {};
  for (const [id, { position, note }] of Object.entries(answers)) a[id] = { p: position, n: note };
  return JSON.stringify({ v: RECORD_VERSION, a });
}

/**
 * Reads a record written by this or an older version; `knownIds` are the questions this
 * guide has. Never throws: bad input comes back as `{ ok: false, reason }`.
 */
export function decodeRecord(text: string, knownIds: readonly string[]): Decoded {
  if (text.length > RECORD_MAX) return fail('they are too large');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('they are not valid data');
  }
  try {
    return { ok: true, answers: answersOf(data, knownIds) };
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
  check(isObject(value), reason);
  check(Object.keys(value).every((key) => allowed.includes(key)), reason);
  return value as Record<string, unknown>;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function answersOf(data: unknown, knownIds: readonly string[]): Answers {
  const version = objectWith(data, ['v', 'a', 'p'], 'they are in an unknown format').v;
  check(version === 1 || version === RECORD_VERSION, 'they come from an unknown version of this guide');
  const record = objectWith(data, version === 1 ? ['v', 'p'] : ['v', 'a'], 'they are in an unknown format');
  const raw = version === 1 ? record.p : record.a;
  check(isObject(raw), 'they are in an unknown format');
  const byId = objectWith(raw, knownIds, 'they mention a question this guide does not have');
  const answers: Record<string, Answer> = {};
  for (const id of knownIds) {
    if (!Object.hasOwn(byId, id)) continue;
    const answer = version === 1 ? fromVersion1(byId[id]) : fromVersion2(byId[id]);
    if (answer.position !== undefined || answer.note !== undefined) answers[id] = answer;
  }
  return answers;
}

function fromVersion2(value: unknown): Answer {
  const { p, n } = objectWith(value, ['p', 'n'], 'an answer is not in the expected form');
  const answer: Answer = {};
  if (p !== undefined) {
    const position = positionFrom(p);
    check(position !== undefined && typeof p === typeof position, 'an answer has a position outside the scale');
    answer.position = position;
  }
  if (n !== undefined) {
    check(typeof n === 'string', 'a note is not text');
    check(n.length <= NOTE_MAX, 'a note is too long');
    if (n.trim()) answer.note = n;
  }
  return answer;
}

/** Version 1 kept only a number per question: 1…5 on the scale, 0 for "not sure yet". */
function fromVersion1(value: unknown): Answer {
  check(Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 5, 'an answer has a position outside the scale');
  return { position: value === 0 ? 'unsure' : positionFrom(value) };
}
