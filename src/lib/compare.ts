import { counterpartsOf } from './counterparts';
import { itemsOfTrack } from './guideMap';
import type { GuidePage } from './types';

/** One row of the compare table: the same stance on both tracks. */
export interface StanceRow<T extends GuidePage> {
  stance: 'pro' | 'con';
  technical: T[];
  management: T[];
}

/** Pros beside pros and cons beside cons, technical track on the left. */
export function compareByStance<T extends GuidePage>(pages: readonly T[]): StanceRow<T>[] {
  const technical = itemsOfTrack(pages, 'technical');
  const management = itemsOfTrack(pages, 'management');
  return [
    { stance: 'pro', technical: technical.pros, management: management.pros },
    { stance: 'con', technical: technical.cons, management: management.cons },
  ];
}

/**
 * Every counterpart pairing once, as [technical, management], in the technical track's
 * reading order: how a point on one track is answered on the other.
 */
export function counterpartPairs<T extends GuidePage>(pages: readonly T[]): Array<[T, T]> {
  const { pros, cons } = itemsOfTrack(pages, 'technical');
  return [...pros, ...cons].flatMap((item) =>
    counterpartsOf(item, pages)
      .filter((other) => other.data.track === 'management')
      .map((other): [T, T] => [item, other]),
  );
}
