import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import GithubSlugger from 'github-slugger';
import { SECTION_HEAD_CLASS, sectionAnchorOf } from '../../src/lib/sectionAnchor.ts';

/** One entry of Sätteri's `hastPlugins` option (a plugin, or a factory of one per document). */
type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/**
 * A Sätteri hast plugin for the MDX text: gives each h2/h3 its id now (GitHub-style, as Astro
 * would; an id pinned with `## Title {#pinned-id}` is kept) and puts the section's plain `#`
 * link beside it, in the same box and with the same attributes SectionHeading.astro renders.
 * A factory, so each document gets its own slugger.
 */
export function headingAnchors(): HastPluginEntry {
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'heading-anchors',
      element: {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const pinned = node.properties?.['id'];
          const id = typeof pinned === 'string' ? pinned : slugger.slug(text);
          if (typeof pinned !== 'string') ctx.setProperty(node, 'id', id);
          const anchor = sectionAnchorOf(id, text);
          // Beside the heading, not inside it: the heading's accessible name stays its text.
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: [SECTION_HEAD_CLASS] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: [anchor.class], href: anchor.href, ariaLabel: anchor['aria-label'] },
                children: [],
              },
            ],
          });
        },
      },
    };
  };
}
