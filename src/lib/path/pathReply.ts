/**
 * A path sent back: what the one who read it adds to the path link (version 2, see
 * pathLink.ts) for whoever gave it to them. Which steps they marked read, their answers to
 * the path's questions, their weights for its pros and cons, and an optional name:
 *
 * `{"n":"Alex","r":["deep-impact",…],"a":{"let-go":{"p":4,"n":"…"},"technical-track/pros/deep-impact":{"w":2}}}`
 *
 * `a` has the answers record's shape (record.ts) without times. A reply is whatever a
 * stranger typed, so reading it checks every entry on its own: what the path does not hold,
 * what is out of range or not text is left out and named, and the rest is shown.
 */
import { NOTE_MAX, positionFrom, withAnswer, type Answer, type Answers } from '../reflection/answers';
import { weightFrom } from '../reflection/weights';

/** Longest name we show: a first name, or "Alex from platform", not a message. */
export const NAME_MAX = 60;

export interface PathReply {
  /** Their name, as they gave it; empty when they gave none. */
  name: string;
  /** The short ids of the steps they marked read. */
  read: string[];
  /** Their answers to the path's questions (by question id) and weights (by page id). */
  answers: Answers;
}

/** What a path holds, against which a reply is checked. */
export interface PathHolds {
  /** The short ids of its steps. */
  steps: readonly string[];
  /** The ids of the questions its steps ask. */
  questions: readonly string[];
  /** The page ids of the pros and cons it holds. */
  points: readonly string[];
}

/** A name as it will travel: one line, spaces tidied. */
export const tidyName = (name: string) => name.replace(/\s+/g, ' ').trim();

/** The reply as the object a link carries; only what the path holds goes in. */
export function replyValue(reply: PathReply, holds: PathHolds): object {
  const a: Record<string, { p?: unknown; n?: string | undefined; w?: number }> = {};
  for (const id of holds.questions) {
    const { position, note } = reply.answers[id] ?? {};
    if (position !== undefined || note) a[id] = { p: position, n: note };
  }
  for (const id of holds.points) {
    const weight = reply.answers[id]?.weight;
    if (weight !== undefined) a[id] = { w: weight };
  }
  const name = tidyName(reply.name).slice(0, NAME_MAX);
  return {
    ...(name ? { n: name } : {}),
    r: reply.read.filter((id) => holds.steps.includes(id)),
    a,
  };
}

/**
 * Reads a reply from a link against what the path holds. Never throws: what cannot be
 * shown is left out and named in `problems` (each problem once).
 */
export function readReply(value: unknown, holds: PathHolds): { reply: PathReply; problems: string[] } {
  const problems = new Set<string>();
  const reply: PathReply = { name: '', read: [], answers: {} };
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value)) {
    problems.add('Their answers could not be read, so only the path is shown.');
    return { reply, problems: [...problems] };
  }
  if (Object.keys(value).some((key) => !['n', 'r', 'a'].includes(key)))
    problems.add('Part of their reply is in a form this guide does not know, so it is left out.');

  const { n: name, r: read = [], a: answers = {} } = value;
  if (name !== undefined) {
    if (typeof name !== 'string') problems.add('The name is not text, so it is left out.');
    else if (tidyName(name).length > NAME_MAX)
      problems.add(`The name is longer than ${NAME_MAX} characters, so it is left out.`);
    else reply.name = tidyName(name);
  }

  if (!Array.isArray(read)) problems.add('Their read marks are damaged, so none are shown.');
  else
    for (const id of read) {
      if (typeof id === 'string' && holds.steps.includes(id)) {
        if (!reply.read.includes(id)) reply.read.push(id);
      } else problems.add('A read mark names a step this path does not have, so it is left out.');
    }

  if (!isObject(answers)) {
    problems.add('Their answers are damaged, so none are shown.');
    return { reply, problems: [...problems] };
  }
  for (const [id, entry] of Object.entries(answers)) {
    const isQuestion = holds.questions.includes(id);
    if (!isQuestion && !holds.points.includes(id)) {
      problems.add(
        `An answer or weight for ${isQuestionLike(id) ? 'a question' : 'a page'} this path does not hold is left out.`,
      );
      continue;
    }
    if (!isObject(entry) || Object.keys(entry).some((key) => !(isQuestion ? 'pn' : 'w').includes(key))) {
      problems.add('An answer is not in the expected form, so it is left out.');
      continue;
    }
    const answer: Answer = {};
    if (isQuestion) {
      const { p, n } = entry;
      if (p !== undefined) {
        const position = positionFrom(p);
        if (position !== undefined && typeof p === typeof position) answer.position = position;
        else problems.add('An answer is not on the scale, so it is left out.');
      }
      if (n !== undefined) {
        if (typeof n !== 'string') problems.add('A note is not text, so it is left out.');
        else {
          if (n.length > NOTE_MAX)
            problems.add(`A note is longer than ${NOTE_MAX} characters, so it is cut short.`);
          answer.note = n.slice(0, NOTE_MAX);
        }
      }
    } else {
      const weight = weightFrom(entry.w);
      if (weight !== undefined && typeof entry.w === 'number') answer.weight = weight;
      else problems.add('A weight is not one of the four steps, so it is left out.');
    }
    reply.answers = withAnswer(reply.answers, id, answer);
  }
  return { reply, problems: [...problems] };
}

/** Question ids are single words (`let-go`); page ids have slashes. Only for the wording. */
const isQuestionLike = (id: string) => !id.includes('/');

/** Whose the reply is, in words: "Alex’s" when they gave a name, else "Their" (or "their" mid-sentence). */
export function whoseOf(name: string, midSentence = false): string {
  return name ? `${name}’s` : midSentence ? 'their' : 'Their';
}

/**
 * The page id of a pro or con whose own section a step is (`/technical-track/pros/deep-impact/#deep-impact`
 * → `technical-track/pros/deep-impact`); undefined for any other section.
 */
export function pointOfSection(url: string): string | undefined {
  const match = /^\/((?:technical|management)-track\/(?:pro|con)s\/([a-z0-9-]+))\/#([a-z0-9-]+)$/.exec(url);
  return match && match[2] === match[3] ? match[1] : undefined;
}
