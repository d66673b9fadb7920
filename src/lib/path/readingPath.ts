/**
 * A reading path: a mentor's ordered choice of sections of the guide, each with an
 * optional note, under a title and an introduction. Sections are named by their permanent
 * short ids (the `/s/<id>/` ids of url-contract.json), so a path outlives renames and moves.
 */

export interface PathStep {
  /** The section's short id. */
  id: string;
  /** The mentor's note for this step: plain text, possibly empty. */
  note: string;
}

export interface ReadingPath {
  title: string;
  intro: string;
  steps: PathStep[];
}

/** Longest title, introduction and note we keep (UTF-16 units, as `maxlength` counts). */
export const TITLE_MAX = 120;
export const INTRO_MAX = 1000;
export const NOTE_MAX = 500;
/** Most steps a path may have: a conversation's worth, not a copy of the guide. */
export const STEPS_MAX = 30;

/** What a short id looks like (GitHub-style slugs, possibly page-qualified). */
export const SHORT_ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** An empty path, the composer's starting point. */
export function emptyPath(): ReadingPath {
  return { title: '', intro: '', steps: [] };
}

/** The path with a step added at the end, unless it is there already or the path is full. */
export function withStep(path: ReadingPath, id: string): ReadingPath {
  if (path.steps.some((step) => step.id === id) || path.steps.length >= STEPS_MAX) return path;
  return { ...path, steps: [...path.steps, { id, note: '' }] };
}

/** The path without the step for `id`. */
export function withoutStep(path: ReadingPath, id: string): ReadingPath {
  return { ...path, steps: path.steps.filter((step) => step.id !== id) };
}

/** The path with the step for `id` moved by `by` places (−1 up, +1 down), kept within the path. */
export function movedStep(path: ReadingPath, id: string, by: number): ReadingPath {
  const from = path.steps.findIndex((step) => step.id === id);
  const to = Math.min(Math.max(from + by, 0), path.steps.length - 1);
  if (from < 0 || from === to) return path;
  const steps = [...path.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(to, 0, step!);
  return { ...path, steps };
}

/** The path with one step's note replaced (cut to NOTE_MAX). */
export function withNote(path: ReadingPath, id: string, note: string): ReadingPath {
  return {
    ...path,
    steps: path.steps.map((step) => (step.id === id ? { id, note: note.slice(0, NOTE_MAX) } : step)),
  };
}

/** True when the path holds nothing worth keeping. */
export function isEmptyPath(path: ReadingPath): boolean {
  return path.steps.length === 0 && !path.title.trim() && !path.intro.trim();
}

/**
 * The path as a flat JSON array, `[title, intro, id, note, id, note, …]`: the one
 * serialized form, used by links and by the draft in localStorage.
 */
export function flatten(path: ReadingPath): string[] {
  return [path.title, path.intro, ...path.steps.flatMap((step) => [step.id, step.note])];
}

/**
 * A path from the flat form, checking everything, since a link or a record is whatever
 * someone wrote. Returns what can be used and, in words a reader can act on, what could not.
 */
export function unflatten(values: readonly unknown[]): { path: ReadingPath; problems: string[] } {
  const problems: string[] = [];
  const text = (value: unknown, max: number, what: string): string => {
    if (value === undefined) return '';
    if (typeof value !== 'string') {
      problems.push(`${what} is not text, so it is left out.`);
      return '';
    }
    if (value.length > max) problems.push(`${what} is longer than ${max} characters, so it is cut short.`);
    return value.slice(0, max);
  };
  const path: ReadingPath = {
    title: text(values[0], TITLE_MAX, 'The title'),
    intro: text(values[1], INTRO_MAX, 'The introduction'),
    steps: [],
  };
  const total = Math.floor((values.length - 1) / 2);
  for (let i = 2; i < values.length; i += 2) {
    const number = i / 2;
    if (path.steps.length >= STEPS_MAX) {
      problems.push(`The path has ${total} steps; only the first ${STEPS_MAX} are shown.`);
      break;
    }
    const id = values[i];
    if (typeof id !== 'string' || !SHORT_ID.test(id)) {
      problems.push(`Step ${number} does not name a section in a form this guide knows, so it is left out.`);
      continue;
    }
    if (path.steps.some((step) => step.id === id)) {
      problems.push(`Step ${number} repeats an earlier step, so it is shown once.`);
      continue;
    }
    path.steps.push({ id, note: text(values[i + 1], NOTE_MAX, `The note of step ${number}`) });
  }
  return { path, problems };
}
