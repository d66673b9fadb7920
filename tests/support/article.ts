import { readFileSync } from 'node:fs';

export interface ArticleBlock {
  kind: 'title' | 'heading' | 'paragraph' | 'bullet';
  text: string;
}

/** "The Pros:" and "The Cons:" are the article's sub-headings, not prose. */
const subHeading = /^The (Pros|Cons):$/;

/**
 * The article, split into its title, headings, paragraphs and bullets. The last line
 * ("Views: 38") is the blog's page counter, not the article, and is dropped.
 */
export function articleBlocks(path = new URL('../fixtures/article.txt', import.meta.url)): ArticleBlock[] {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^Views: \d+$/.test(line));
  return lines.map((line, index): ArticleBlock => {
    if (index === 0) return { kind: 'title', text: line };
    if (line.startsWith('•')) return { kind: 'bullet', text: line.replace(/^•\s*/, '') };
    if (subHeading.test(line)) return { kind: 'heading', text: line.replace(/:$/, '') };
    // A short line without a full stop is a section heading ("A Third Way?").
    if (line.length < 80 && !/[.!]$/.test(line)) return { kind: 'heading', text: line };
    return { kind: 'paragraph', text: line };
  });
}

/** Collapses runs of white space, so rendered text compares with source text. */
export const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
