/**
 * A reading path as Markdown, for email and docs: the title, the introduction, then the
 * steps numbered, each a link to the section (its permanent short link) with the note
 * quoted under it.
 */
import type { ReadingPath } from './readingPath';

/** What the Markdown needs to know about a step's section. */
export interface StepLink {
  title: string;
  url: string;
}

export interface MarkdownExtras {
  more?: ((id: string) => string[]) | undefined;
  head?: string[];
  tail?: string[];
}

/** Link text with the characters that would end it escaped. */
const linkText = (text: string) => text.replace(/([\\[\]])/g, '\\$1');

/**
 * `more` adds lines under a step (a sent-back path's answers, weights and read marks: see
 * replyMarkdown.ts), indented into its list item; `head` lines go after the introduction and
 * `tail` lines after the steps.
 */
export function pathAsMarkdown(
  path: ReadingPath,
  link: (id: string) => StepLink | undefined,
  pathUrl?: string,
  { more, head = [], tail = [] }: MarkdownExtras = {},
): string {
  const lines = [`# ${path.title.trim() || 'A reading path'}`, ''];
  if (path.intro.trim()) lines.push(path.intro.trim(), '');
  if (head.length) lines.push(...head, '');
  path.steps.forEach((step, index) => {
    const target = link(step.id);
    lines.push(`${index + 1}. ${target ? `[${linkText(target.title)}](${target.url})` : step.id}`);
    const note = step.note.trim();
    if (note) lines.push(...note.split('\n').map((line) => `   > ${line}`));
    for (const line of more?.(step.id) ?? []) lines.push(line ? `   ${line}` : '');
  });
  if (tail.length) lines.push('', ...tail);
  if (pathUrl) lines.push('', `Read it as one path: ${pathUrl}`);
  return `${lines.join('\n')}\n`;
}
