import { readingOrder } from './readingOrder';
import type { GuidePage } from './types';

/**
 * The pages "on the other track" for `page`: those it names in `counterparts` and those
 * that name it, so a pairing written once in frontmatter shows on both sides.
 */
export function counterpartsOf<T extends GuidePage>(page: GuidePage, pages: readonly T[]): T[] {
  const named = new Set(page.data.counterparts.map((ref) => ref.id));
  return readingOrder(pages).filter(
    (other) =>
      other.id !== page.id &&
      (named.has(other.id) || other.data.counterparts.some((ref) => ref.id === page.id)),
  );
}

/** The pages that name `questionId` among their related questions, in reading order. */
export function pagesAskingQuestion<T extends GuidePage>(questionId: string, pages: readonly T[]): T[] {
  return readingOrder(pages).filter((page) => page.data.questions.some((ref) => ref.id === questionId));
}
