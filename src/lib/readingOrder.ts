import type { GuidePage } from './types';

/** The guide's pages in reading order (by `order`, ids breaking ties for stable output). */
export function readingOrder<T extends GuidePage>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The page before and after `id` in reading order; `undefined` at either end. */
export function neighboursOf<T extends GuidePage>(
  pages: readonly T[],
  id: string,
): { prev: T | undefined; next: T | undefined } {
  const ordered = readingOrder(pages);
  const index = ordered.findIndex((page) => page.id === id);
  if (index === -1) throw new Error(`no guide page with id "${id}"`);
  return { prev: ordered[index - 1], next: ordered[index + 1] };
}
