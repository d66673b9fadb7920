/**
 * The reader's answers to the self-reflection questions, as plain immutable data.
 * Every update returns a new object, so the island can compare, save and share a
 * snapshot without worrying about later edits leaking into it.
 */

/** Where an answer sits on the scale: 1 and 5 are the two poles, 3 is in between. */
export const POSITIONS = [1, 2, 3, 4, 5, 'unsure'] as const;
export type Position = (typeof POSITIONS)[number];

/** Longest note we keep (UTF-16 units, as `maxlength` counts): room for a paragraph, not a file. */
export const NOTE_MAX = 1000;

/** One question's answer: a position, a note, or both. */
export interface Answer {
  position?: Position | undefined;
  note?: string | undefined;
}

/** Answers by question id; a question with no position and no note has no entry. */
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
  return withAnswer(answers, id, { ...answers[id], note: note.slice(0, NOTE_MAX) });
}

/** True when at least one question has a position or a note. */
export function hasAnswers(answers: Answers): boolean {
  return Object.keys(answers).length > 0;
}

/** Drops empty fields, and the whole entry when nothing is left, so equal answers serialize equally. */
function withAnswer(answers: Answers, id: string, answer: Answer): Answers {
  const { [id]: _replaced, ...others } = answers;
  const kept: Answer = {};
  if (answer.position !== undefined) kept.position = answer.position;
  if (answer.note?.trim()) kept.note = answer.note;
  return kept.position === undefined && kept.note === undefined ? others : { ...others, [id]: kept };
}
