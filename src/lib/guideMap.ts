import { isStance } from './kinds';
import { readingOrder } from './readingOrder';
import type { Stance } from './kinds';
import type { GuidePage, Track } from './types';

/** A track page with its pros and cons, each in reading order. */
export interface TrackBranch<T extends GuidePage> {
  page: T;
  pros: T[];
  cons: T[];
}

/** One row of the guide map: a page, or a track with its pros and cons. */
export type GuideMapNode<T extends GuidePage> = { page: T; track?: TrackBranch<T> };

/** The pros and cons of one track, each in reading order. */
export function itemsOfTrack<T extends GuidePage>(
  pages: readonly T[],
  track: Track,
): { pros: T[]; cons: T[] } {
  const ordered = readingOrder(pages).filter((page) => page.data.track === track);
  return {
    pros: ordered.filter((page) => page.data.kind === 'pro'),
    cons: ordered.filter((page) => page.data.kind === 'con'),
  };
}

/**
 * The whole guide as a shallow tree for the guide map: top-level pages in reading order,
 * with each track page carrying its pros and cons. Derived, never hand-maintained.
 */
export function guideMap<T extends GuidePage>(pages: readonly T[]): GuideMapNode<T>[] {
  return readingOrder(pages)
    .filter((page) => !isStance(page.data.kind))
    .map((page) =>
      page.data.kind === 'track' && page.data.track
        ? { page, track: { page, ...itemsOfTrack(pages, page.data.track) } }
        : { page },
    );
}

/** A track's pros then cons, each with its stance, as both guide maps list them. */
export function itemsOfBranch<T extends GuidePage>(branch: {
  pros: T[];
  cons: T[];
}): { page: T; stance: Stance }[] {
  return [
    ...branch.pros.map((page) => ({ page, stance: 'pro' as const })),
    ...branch.cons.map((page) => ({ page, stance: 'con' as const })),
  ];
}
