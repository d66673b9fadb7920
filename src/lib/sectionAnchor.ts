/** The box that holds a heading and its link, side by side (styled in SectionShare.astro). */
export const SECTION_HEAD_CLASS = 'section-head';

/**
 * The plain `#` link to a section: the same attributes whether SectionHeading.astro renders
 * it or the heading-anchors integration adds it to an MDX heading.
 */
export function sectionAnchorOf(
  id: string,
  title: string,
): { class: string; href: string; 'aria-label': string } {
  return { class: 'section-anchor', href: `#${id}`, 'aria-label': `Link to “${title}”` };
}
