/**
 * What the reading-path follower needs to show any step, built once per build into
 * `/path/sections.json` and fetched only when a path is opened: for every short id, the
 * section's title, where it sits in the guide, its link and its text. Article text is
 * marked apart from the summaries we wrote (the track lists, counterparts, the compare
 * page), which the follower labels as ours.
 */
import { resolveMoves, type UrlContract } from '../urlContract';
import type { Block } from './articleBlocks';

export interface SectionEntry {
  /** Title. */
  t: string;
  /** Where it sits: the page's trail, `Guide › Technical track › Pros › Deep impact`. */
  w: string;
  /** Site-relative `path#id`, without the deploy base. */
  u: string;
  /** `a`: the text is the article's; `e`: it is our editorial summary. */
  k: 'a' | 'e';
  /** Its text; empty for a section whose text is only on its page. */
  b: Block[];
}

export interface SectionData {
  /** Short id → section, in the guide's reading order. */
  s: Record<string, SectionEntry>;
  /** Question id → [question, prompt, first pole's label, second pole's label]. */
  q: Record<string, [string, string, ...string[]]>;
  /** Old name → short id it lives under now (from the URL contract's moves). */
  m: Record<string, string>;
}

/**
 * Old names a path may use for a section, mapped to the short id it has now: short ids
 * the build no longer publishes (followed through `movedPages`/`movedIds` to their new
 * home) and old fragment ids from `movedIds` (`energizes` → `what-truly-energizes-you`).
 */
export function movedShortIds(
  contract: UrlContract,
  shortByTarget: ReadonlyMap<string, string>,
): Record<string, string> {
  const current = new Set(shortByTarget.values());
  const moved: Record<string, string> = {};
  const add = (old: string, target: string) => {
    const now = shortByTarget.get(resolveMoves(target, contract));
    if (now && !current.has(old) && !(old in moved)) moved[old] = now;
  };
  for (const [short, target] of Object.entries(contract.shortLinks)) add(short, target);
  for (const oldTarget of Object.keys(contract.movedIds)) add(oldTarget.split('#')[1] ?? '', oldTarget);
  return moved;
}

/** The short id a path's step names now: itself, its new name after a move, or undefined if unknown. */
export function resolveStepId(id: string, data: Pick<SectionData, 's' | 'm'>): string | undefined {
  if (Object.hasOwn(data.s, id)) return id;
  const moved = Object.hasOwn(data.m, id) ? data.m[id] : undefined;
  return moved && Object.hasOwn(data.s, moved) ? moved : undefined;
}

/** Minutes to read some words, at an unhurried 200 a minute; at least one. */
export function minutesFor(words: number): number {
  return Math.max(1, Math.round(words / 200));
}
