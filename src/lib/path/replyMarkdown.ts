/**
 * A sent-back path as Markdown, for the mentor's notes before the conversation: the path
 * (title, introduction, steps with links and notes, as pathAsMarkdown writes it) with, under
 * each step, whether they read it, their answers and their weight, then their balance of the
 * path's pros and cons. Their words (name, notes) are escaped as the worksheet's export
 * escapes notes; weights and positions are checked values, written in the guide's words.
 */
import { balanceFacts, balanceOf, balanceSentences } from '../reflection/balance';
import { escapeMarkdown } from '../reflection/markdown';
import type { Point } from '../reflection/points';
import { WEIGHT_LABELS } from '../reflection/weights';
import { positionLabel } from '../reflection/wording';
import { pathAsMarkdown, type StepLink } from './pathMarkdown';
import { whoseOf, type PathReply } from './pathReply';
import type { ReadingPath } from './readingPath';

/** A question a step asks, in the article's words. */
export interface AskedQuestion {
  id: string;
  question: string;
  poles: readonly [string, string];
}

export interface ReplyFacts {
  link: (id: string) => StepLink | undefined;
  /** The questions a step asks (each question under its first step only). */
  questionsOf: (id: string) => readonly AskedQuestion[];
  /** The pro or con a step is, if it is one (under its first step only). */
  pointOf: (id: string) => Point | undefined;
  /** Every pro and con the path holds, for the balance. */
  points: readonly Point[];
  pathUrl?: string | undefined;
}

/** "5 of 7 read": how many of the path's steps they marked read. */
export function readCount(reply: PathReply, path: ReadingPath): string {
  const read = path.steps.filter((step) => reply.read.includes(step.id)).length;
  return `${read} of ${path.steps.length} read`;
}

export function replyAsMarkdown(path: ReadingPath, reply: PathReply, facts: ReplyFacts): string {
  const whose = escapeMarkdown(whoseOf(reply.name));
  const quoted = (text: string) => text.split(/\r?\n/).map((line) => `> ${escapeMarkdown(line)}`.trimEnd());
  const more = (id: string) => {
    const lines = [reply.read.includes(id) ? `*${whose} mark: read*` : `*Not marked read*`];
    for (const { id: q, question, poles } of facts.questionsOf(id)) {
      const { position, note } = reply.answers[q] ?? {};
      lines.push(
        '',
        `**${whose} answer to “${question}”:** ${position === undefined ? 'Not answered' : positionLabel(position, poles)}`,
      );
      if (note) lines.push('', `**${whose} note:**`, '', ...quoted(note));
    }
    const point = facts.pointOf(id);
    if (point) {
      const weight = reply.answers[point.id]?.weight;
      lines.push(
        '',
        `**${whose} weight** (how much this weighs for them): ${weight === undefined ? 'Not weighed' : WEIGHT_LABELS[weight]}`,
      );
    }
    return lines;
  };
  const head = [
    `**Sent back${reply.name ? ` by ${escapeMarkdown(reply.name)}` : ''}: ${readCount(reply, path)}.** Their answers and weights are under each step.`,
  ];
  const tail: string[] = [];
  if (facts.points.length) {
    const balance = balanceOf(reply.answers, facts.points);
    tail.push(
      `## ${whose} balance of this path’s pros and cons`,
      '',
      ...balanceFacts(balance).map((fact) => `- ${fact}`),
      '',
      balanceSentences(balance, 'their').join(' '),
    );
  }
  return pathAsMarkdown(path, facts.link, facts.pathUrl, { more, head, tail });
}
