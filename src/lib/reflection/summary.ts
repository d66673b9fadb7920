/**
 * Describes where the answers lean, in neutral words. It counts; it never recommends:
 * the article's point is that there is no right answer, so the words describe the
 * answers ("two of your three answers lean toward…"), never the reader's choice.
 */
import type { Track } from '../types';
import type { Answers } from './answers';

/** What the summary needs of a question: its id and the track at each end of its scale. */
export interface QuestionPoles {
  id: string;
  tracks: readonly [Track, Track];
}

export interface Leaning {
  technical: number;
  management: number;
  /** Answers in the middle of the scale. */
  between: number;
  unsure: number;
  /** Questions with a position (any, "not sure yet" included). */
  answered: number;
  /** Answers lean both ways, or sit in between: worth pointing at the third way. */
  split: boolean;
  /** The summary, sentence by sentence. */
  sentences: string[];
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "two", "three"…, digits past ten. */
export function numberWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Where the answers lean across `questions`, with the sentences that say so; `whose`
 * is "their" when describing answers someone shared.
 */
export function leaningOf(
  answers: Answers,
  questions: readonly QuestionPoles[],
  whose: 'your' | 'their' = 'your',
): Leaning {
  const counts = { technical: 0, management: 0, between: 0, unsure: 0 };
  for (const { id, tracks } of questions) {
    const position = answers[id]?.position;
    if (position === undefined) continue;
    if (position === 'unsure') counts.unsure++;
    else if (position === 3) counts.between++;
    else counts[tracks[position < 3 ? 0 : 1]]++;
  }
  const answered = counts.technical + counts.management + counts.between + counts.unsure;
  const total = questions.length;
  const split =
    (counts.technical > 0 && counts.management > 0) ||
    (counts.between > 0 && counts.technical === counts.management);
  const sentences: string[] = [];
  if (answered === 0) {
    sentences.push(
      `${whose === 'your' ? 'You have' : 'They have'} not placed an answer on the scale yet${total > 1 ? ` for any of the ${numberWord(total)} questions` : ''}.`,
    );
    return { ...counts, answered, split: false, sentences };
  }
  // One sentence: the first clause names the whole ("two of your three answers"), the
  // others continue it ("one sits in between") so it reads as a description, not a tally.
  const clauses: string[] = [];
  const parts: [number, string, string][] = [
    [counts.technical, 'leans toward the technical track', 'lean toward the technical track'],
    [counts.management, 'leans toward the management track', 'lean toward the management track'],
    [counts.between, 'sits in between', 'sit in between'],
    [counts.unsure, 'is not sure yet', 'are not sure yet'],
  ];
  for (const [count, singular, plural] of parts) {
    if (count === 0) continue;
    const subject =
      clauses.length > 0
        ? numberWord(count)
        : answered === 1
          ? `${whose} one answer`
          : count === answered
            ? `all ${numberWord(count)} of ${whose} answers`
            : `${numberWord(count)} of ${whose} ${numberWord(answered)} answers`;
    clauses.push(`${subject} ${count === 1 ? singular : plural}`);
  }
  const last = clauses.pop()!;
  sentences.push(`${capitalised(clauses.length ? `${clauses.join(', ')} and ${last}` : last)}.`);
  if (answered < total)
    sentences.push(
      `${capitalised(numberWord(total - answered))} ${total - answered === 1 ? 'question is' : 'questions are'} still open.`,
    );
  return { ...counts, answered, split, sentences };
}
