/**
 * The answers with when each last changed. The times make two tabs mergeable per
 * question: the newer answer wins, so answering question 1 in one tab and question 2 in
 * another keeps both (and weighing one point here, another there). A cleared answer keeps
 * its time, so clearing wins over an older answer in another tab.
 */
import type { Answers } from './answers';

/** Milliseconds since 1970 (`Date.now()`), by question id or page id. */
export type Times = Readonly<Record<string, number>>;

export interface Sheet {
  answers: Answers;
  /** When each answer last changed; 0 when unknown (records from before times were kept). */
  times: Times;
}

export const EMPTY_SHEET: Sheet = { answers: {}, times: {} };

/** `next` with every answer that differs from the sheet's stamped `now`. */
export function stampChanges(sheet: Sheet, next: Answers, now: number): Sheet {
  const times = { ...sheet.times };
  for (const id of new Set([...Object.keys(sheet.answers), ...Object.keys(next)])) {
    if (JSON.stringify(sheet.answers[id]) !== JSON.stringify(next[id])) times[id] = now;
  }
  return { answers: next, times };
}

/** `answers` as a sheet in which every id of `ids` (answered or not) changed `now`: it replaces another whole. */
export function stampAll(answers: Answers, ids: readonly string[], now: number): Sheet {
  return { answers, times: Object.fromEntries(ids.map((id) => [id, now])) };
}

/** When a sheet's entry last changed: 0 for an answer with no time, -1 for one it never had. */
const timeOf = (sheet: Sheet, id: string) => sheet.times[id] ?? (Object.hasOwn(sheet.answers, id) ? 0 : -1);

/** Every id either sheet has an answer or a time for. */
const idsOf = (...sheets: Sheet[]) =>
  new Set(sheets.flatMap((sheet) => [...Object.keys(sheet.answers), ...Object.keys(sheet.times)]));

/**
 * Both sheets in one, answer by answer: the newer of the two wins; on a tie, `b`'s.
 * An answer with no time counts as oldest (0); one a sheet never had, older still.
 */
export function mergeSheets(a: Sheet, b: Sheet): Sheet {
  const answers: [string, Answers[string]][] = [];
  const times: [string, number][] = [];
  for (const id of idsOf(a, b)) {
    const newer = timeOf(a, id) > timeOf(b, id) ? a : b;
    if (Object.hasOwn(newer.answers, id)) answers.push([id, newer.answers[id]!]);
    if (newer.times[id] !== undefined) times.push([id, newer.times[id]]);
  }
  return { answers: Object.fromEntries(answers), times: Object.fromEntries(times) };
}

/** True when `a` holds an entry newer than `b`'s (one `b` lacks included): merging `b` into `a` and saving would change `b`. */
export function hasNewerEntries(a: Sheet, b: Sheet): boolean {
  return [...idsOf(a)].some((id) => timeOf(a, id) > timeOf(b, id));
}
