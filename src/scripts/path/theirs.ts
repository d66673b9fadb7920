/**
 * A path sent back, as the one who gave it sees it: the path as its reader saw it, with
 * their read marks, their answers inside the question steps, their weights beside the pros
 * and cons, and their balance at the end. All of it read-only and labelled as theirs; none
 * of it touches this browser's own answers, weights, path draft or read marks (no worksheet
 * island runs here, and nothing here writes to storage). Their words are only ever text.
 *
 * Its own script, loaded only for a sent-back link (the follower, which draws the path,
 * stays within its budget without it): the follower imports it, then asks with a
 * `path-theirs` event (see TheirsRequest), as the worksheet asks its tools.
 */
import { readReply, whoseOf, type PathHolds, type PathReply } from '../../lib/path/pathReply';
import { readCount, replyAsMarkdown } from '../../lib/path/replyMarkdown';
import type { Point } from '../../lib/reflection/points';
import { WEIGHT_LABELS } from '../../lib/reflection/weights';
import { positionLabel } from '../../lib/reflection/wording';
import type { Track } from '../../lib/types';
import type { Shown } from './follower';
import { app, button, copy, el, follow, shortUrl, showProblems } from './shared';

/** What the follower sends, in the event's `detail`. */
export interface TheirsRequest {
  shown: Shown;
  /** The reply as the link carries it, unchecked. */
  value: unknown;
  holds: PathHolds;
  /** What the follower could not show already. */
  problems: string[];
}

document.addEventListener('path-theirs', (event) => {
  const { shown, value, holds, problems } = (event as CustomEvent<TheirsRequest>).detail;
  const read = readReply(value, holds);
  showProblems('Some of this path could not be shown', [...problems, ...read.problems]);
  showTheirs(shown, read.reply);
});

/** A line of theirs: a bold label, then their words as text. */
function line(label: string, text: string): HTMLElement {
  const node = el('p');
  node.append(el('strong', `${label}: `), text);
  return node;
}

function showTheirs({ path, steps, sections, sectionsShown, progress, tools }: Shown, reply: PathReply) {
  const whose = whoseOf(reply.name);
  const they = reply.name || 'They';
  const banner = el('div', undefined, 'path-theirs');
  banner.append(
    el(
      'p',
      `${reply.name ? `Sent back by ${reply.name}` : 'Sent back to you'}: their read marks, answers and weights, shown read-only.`,
    ),
    el('p', 'Your own answers, weights, path draft and read marks in this browser are untouched.'),
  );
  follow.prepend(banner);
  const shownPath = { ...path, steps: steps.map(({ id, note }) => ({ id, note })) };
  progress.textContent = `${whose} read marks: ${readCount(reply, shownPath)}`;
  tools.append(button('Copy as Markdown', 'markdown'));

  const points: Point[] = [];
  sectionsShown.forEach((section, index) => {
    const step = steps[index]!;
    for (const id of step.questions) {
      const [question = id, , ...poles] = sections.q[id] ?? [];
      const { position, note } = reply.answers[id] ?? {};
      const box = el('div', undefined, 'path-answer');
      box.append(
        line(
          `${whose} answer`,
          position === undefined ? 'Not answered' : positionLabel(position, [poles[0] ?? '', poles[1] ?? '']),
        ),
      );
      if (note) box.append(line(`${whose} note`, note));
      box.setAttribute('aria-label', `${whose} answer to “${question}”`);
      section.querySelector(`[data-worksheet="${CSS.escape(id)}"]`)?.append(box);
    }
    if (step.point) {
      const [, track, stance] = /^(\w+)-track\/(pro|con)s/.exec(step.point)!;
      points.push({
        id: step.point,
        title: step.entry.t,
        track: track as Track,
        stance: stance as Point['stance'],
      });
      const weight = reply.answers[step.point]?.weight;
      const box = el('div', undefined, 'path-answer');
      box.append(
        line(
          `How much this weighs for ${reply.name || 'them'}`,
          weight === undefined ? 'Not weighed' : WEIGHT_LABELS[weight],
        ),
      );
      section.insertBefore(box, section.querySelector('.path-note, .path-go'));
    }
    const read = reply.read.includes(step.id);
    section.append(el('p', read ? `${they} marked this read` : 'Not marked read', 'path-read'));
  });

  // Before the way on (compose your own…), which the follower put last.
  if (points.length) follow.lastElementChild!.before(balance(whose, points, reply));

  tools.addEventListener('click', (event) => {
    if ((event.target as Element).closest<HTMLElement>('[data-act]')?.dataset.act !== 'markdown') return;
    const markdown = replyAsMarkdown(shownPath, reply, {
      link: (id) => ({ title: sections.s[id]!.t, url: shortUrl(id) }),
      questionsOf: (id) =>
        steps
          .find((step) => step.id === id)!
          .questions.map((q) => {
            const [question = q, , first = '', second = ''] = sections.q[q] ?? [];
            return { id: q, question, poles: [first, second] as const };
          }),
      pointOf: (id) => points.find((point) => point.id === steps.find((step) => step.id === id)?.point),
      points,
      pathUrl: location.href,
    });
    void copy(markdown, 'Copied as Markdown: the path with their answers, weights and balance.');
  });
}

/** Their balance of the path's pros and cons, drawn by the worksheet's own balance code. */
function balance(whose: string, points: Point[], reply: PathReply): HTMLElement {
  const section = el('section', undefined, 'rf-bal path-end path-balance');
  section.setAttribute('aria-labelledby', 'their-balance');
  const h2 = el('h2', `${whose} balance of this path’s pros and cons`, 'section-heading');
  h2.id = 'their-balance';
  section.append(h2, el('p', 'They have not weighed any of this path’s pros and cons.', 'rf-empty'));
  // The drawing code listens for the request once loaded; the leaning is left out, so the
  // note comparing weights with answers (which needs all three questions) is not made here.
  void import(/* @vite-ignore */ app.dataset.balance!).then(
    () =>
      document.dispatchEvent(
        new CustomEvent('reflection-balance', {
          detail: {
            section,
            answers: reply.answers,
            points,
            leaning: { technical: 0, management: 0 },
            whose: 'their',
          },
        }),
      ),
    () => {},
  );
  return section;
}
