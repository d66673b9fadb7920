/**
 * The answers as Markdown, to paste into a 1:1 doc or save as a .md file. Notes are
 * the reader's words (or a stranger's, from a share link), so characters that could
 * start HTML or a link in a Markdown renderer are backslash-escaped and each note is
 * kept inside a block quote.
 */
import type { Answers } from './answers';
import { balanceFacts, balanceOf, balanceSentences } from './balance';
import type { Point } from './points';
import { WEIGHT_LABELS } from './weights';
import { positionLabel } from './wording';

/** What the export needs of a question: the article's words and the two ends of the scale. */
export interface QuestionText {
  id: string;
  question: string;
  prompt: string;
  poles: readonly [string, string];
}

/** Escapes what would turn a note into HTML, a link or a code span; plain words pass untouched. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\<>[\]`*_]/g, '\\$&');
}

/** The answers as a Markdown document headed `title`, one section per question. */
export function answersAsMarkdown(
  answers: Answers,
  questions: readonly QuestionText[],
  title: string,
): string {
  const lines = [`# ${title}`];
  for (const { id, question, prompt, poles } of questions) {
    const { position, note } = answers[id] ?? {};
    const answer = position === undefined ? 'Not answered yet' : positionLabel(position, poles);
    const between = position === 3 ? ` (“${poles[0]}” and “${poles[1]}”)` : '';
    lines.push('', `## ${question}`, '', prompt, '', `**My answer:** ${answer}${between}`);
    if (note)
      lines.push(
        '',
        '**My note:**',
        '',
        ...note.split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`.trimEnd()),
      );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The weighing as Markdown, to append to the answers: a table of the ten points with
 * their weights, then the balance in words. Titles are the guide's own, weights are
 * checked numbers, so nothing here comes from free text.
 */
export function weightsAsMarkdown(
  answers: Answers,
  points: readonly Point[],
  whose: 'your' | 'their' = 'your',
): string {
  const balance = balanceOf(answers, points);
  const lines = [
    `## ${whose === 'your' ? 'My' : 'Their'} weighing of the pros and cons`,
    '',
    '| Point | Track | Pro or con | Weight |',
    '| --- | --- | --- | --- |',
  ];
  for (const { id, title, track, stance } of points) {
    const weight = answers[id]?.weight;
    lines.push(
      `| ${title} | ${track === 'technical' ? 'Technical' : 'Management'} | ${stance === 'pro' ? 'Pro' : 'Con'} | ${weight === undefined ? 'Not weighed yet' : WEIGHT_LABELS[weight]} |`,
    );
  }
  lines.push(
    '',
    '**Balance:**',
    '',
    ...balanceFacts(balance).map((fact) => `- ${fact}`),
    '',
    balanceSentences(balance, whose).join(' '),
  );
  return `${lines.join('\n')}\n`;
}
