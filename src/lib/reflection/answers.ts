/**
 * The reader's answers, as plain immutable data: to the self-reflection questions (a
 * position on the scale and a note, by question id) and to "How much does this weigh
 * for you?" for each pro and con (a weight, by page id). Every update returns a new
 * object, so the island can compare, save and share a snapshot without worrying about
 * later edits leaking into it.
 */
import type { Weight } from './weights';

/** Where an answer sits on the scale: 1 and 5 are the two poles, 3 is in between. */
export const POSITIONS = [1, 2, 3, 4, 5, 'unsure'] as const;
export type Position = (typeof POSITIONS)[number];

/** Longest note we keep (UTF-16 units, as `maxlength` counts): room for a paragraph, not a file. */
export const NOTE_MAX = 1000;

/** One answer: to a question, a position, a note, or both; to a pro or con, a weight. */
export interface Answer {
  position?: Position | undefined;
  note?: string | undefined;
  weight?: Weight | undefined;
}

/** Answers by question id or page id; one with nothing in it has no entry. */
export type Answers = Readonly<Record<string, Answer>>;

/** The value of a scale radio (`"1"`…`"5"`, `"unsure"`) as a position; anything else is no position. */
export function positionFrom(value: unknown): Position | undefined {
  return POSITIONS.find((position) => String(position) === String(value));
}

/** Answers with one question's position set (or removed, when `position` is undefined). */
export function withPosition(answers: Answers, id: string, position: Position | undefined): Answers {
  return withAnswer(answers, id, { ...answers[id], position });
}

/** Answers with one question's note set; an empty or blank note is removed, a long one cut to NOTE_MAX. */
export function withNote(answers: Answers, id: string, note: string): Answers {
  return withAnswer(answers, id, { ...answers[id], note });
}

/** Answers with one point's weight set, or removed when `weight` is undefined. */
export function withWeight(answers: Answers, id: string, weight: Weight | undefined): Answers {
  return withAnswer(answers, id, { weight });
}

/** True when at least one question has a position or a note, or a point a weight. */
export function hasAnswers(answers: Answers): boolean {
  return Object.keys(answers).length > 0;
}

/**
 * Answers with `id`'s answer replaced. Empty fields are dropped, and the whole entry when
 * nothing is left, so equal answers serialize equally; a note is cut to NOTE_MAX.
 */
export function withAnswer(answers: Answers, id: string, answer: Answer): Answers {
  const { [id]: _replaced, ...others } = answers;
  const kept: Answer = {};
  if (answer.position !== undefined) kept.position = answer.position;
  if (answer.note?.trim()) kept.note = answer.note.slice(0, NOTE_MAX);
  if (answer.weight !== undefined) kept.weight = answer.weight;
  return Object.keys(kept).length ? { ...others, [id]: kept } : others;
}
