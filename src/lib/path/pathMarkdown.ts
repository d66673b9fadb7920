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

/** Link text with the characters that would end it escaped. */
const linkText = (text: string) => text.replace(/([\\[\]])/g, '\\$1');

export function pathAsMarkdown(
  path: ReadingPath,
  link: (id: string) => StepLink | undefined,
  pathUrl?: string,
): string {
  const lines = [`# ${path.title.trim() || 'A reading path'}`, ''];
  if (path.intro.trim()) lines.push(path.intro.trim(), '');
  path.steps.forEach((step, index) => {
    const target = link(step.id);
    lines.push(`${index + 1}. ${target ? `[${linkText(target.title)}](${target.url})` : step.id}`);
    const note = step.note.trim();
    if (note) lines.push(...note.split('\n').map((line) => `   > ${line}`));
  });
  if (pathUrl) lines.push('', `Read it as one path: ${pathUrl}`);
  return `${lines.join('\n')}\n`;
}
