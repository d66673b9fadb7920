/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The on-page table of contents: the page's second-level sections, shown only when there
 * are at least two (a one-item contents list is noise).
 */
export function tableOfContents(headings: readonly Heading[]): Heading[] {
  const sections = headings.filter((heading) => heading.depth === 2);
  return sections.length >= 2 ? sections : [];
}
