/**
 * A page's article text as plain blocks, read from its MDX source at build time, for the
 * reading-path data (a path shows each step's text, so it reads as one document). The
 * guide's MDX is prose: paragraphs (a pro or con opens with `**Title:**`), perhaps headings
 * and lists, and `<Reflection … />` where the worksheet goes. Inline Markdown other than
 * bold is reduced to its text; bold stays marked `**…**` for the renderer.
 */

/** One block of text: a paragraph, a heading, a list, or a self-reflection question by id. */
export type Block = { p: string } | { h: string } | { li: string[] } | { q: string };

/** Inline Markdown to text: links keep their words, emphasis (not bold) and code their content. */
function inline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*(?!\*)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The blocks of an MDX body (frontmatter already removed). `questionIds` are every
 * question, in order, for `<Reflection />` (all of them).
 */
export function articleBlocks(body: string, questionIds: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    const first = lines[0]!;
    if (/^(import|export)\s/.test(first)) continue;
    if (first.startsWith('<')) {
      const reflection = /^<Reflection\b([^>]*)\/?>/.exec(first);
      if (reflection) {
        const one = /question=["']([^"']+)["']/.exec(reflection[1] ?? '')?.[1];
        blocks.push(...(one ? [one] : questionIds).map((q) => ({ q })));
      }
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)(\s*\{#[^}]*\})?$/.exec(first);
    if (heading && lines.length === 1) {
      blocks.push({ h: inline(heading[1]!) });
      continue;
    }
    if (lines.every((line) => /^([-*+]|\d+\.)\s/.test(line))) {
      blocks.push({ li: lines.map((line) => inline(line.replace(/^([-*+]|\d+\.)\s+/, ''))) });
      continue;
    }
    blocks.push({ p: inline(lines.join(' ')) });
  }
  return blocks;
}

/** The words in some blocks, for a reading time. */
export function wordsIn(blocks: readonly Block[]): number {
  const text = blocks
    .map((block) =>
      'p' in block ? block.p : 'h' in block ? block.h : 'li' in block ? block.li.join(' ') : '',
    )
    .join(' ');
  return text.split(/\s+/).filter(Boolean).length;
}
