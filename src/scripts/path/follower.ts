/**
 * The reading-path follower: `/path/#p=…` shows the path a link carries, step by step.
 * A path alone is the reader's to follow (mine.ts: mark steps read, answer its questions,
 * weigh its pros and cons, send it back). A path sent back (version 2) is someone else's
 * reply, shown read-only as theirs by theirs.ts, a script of its own loaded only then.
 * Loaded by path-loader.js as its own script.
 */
import { wordsIn, type Block } from '../../lib/path/articleBlocks';
import { decodePathFragment, isPathFragment } from '../../lib/path/pathLink';
import { pointOfSection } from '../../lib/path/pathReply';
import { isEmptyPath, type ReadingPath } from '../../lib/path/readingPath';
import { minutesFor, resolveStepId, type SectionData, type SectionEntry } from '../../lib/path/sectionData';
import { keepForOffline } from '../offline/keep';
import { followMine } from './mine';
import {
  app,
  button,
  compose,
  el,
  follow,
  guideUrl,
  heading,
  pageUrl,
  saveNow,
  sectionData,
  setStore,
  showProblems,
  store,
  storeNotice,
  whenShown,
} from './shared';
import type { TheirsRequest } from './theirs';

/** A step as shown: its resolved short id, the mentor's note, its section and what it asks. */
export interface Step {
  id: string;
  note: string;
  entry: SectionEntry;
  /** The questions first asked in this step (each question's worksheet once per path). */
  questions: string[];
  /** The pro or con page this step is, first time the path holds it. */
  point?: string | undefined;
}

/** The path as shown, for the two ways of following it. */
export interface Shown {
  /** The path as the link carries it (its key keeps the read marks). */
  path: ReadingPath;
  steps: Step[];
  sections: SectionData;
  /** Each step's `<section>`, in order. */
  sectionsShown: HTMLElement[];
  progress: HTMLElement;
  tools: HTMLElement;
}

function renderBlocks(
  blocks: readonly Block[],
  into: HTMLElement,
  step: Step,
  asked: Set<string>,
  questions: SectionData['q'],
) {
  const text = (tag: 'p' | 'li' | 'h3', value: string) => {
    // `**bold**` in the article (a pro or con's lead) is the only markup, made here as elements.
    const node = el(tag);
    value
      .split('**')
      .forEach((part, i) => node.append(i % 2 ? el('strong', part) : document.createTextNode(part)));
    return node;
  };
  for (const block of blocks) {
    if ('p' in block) into.append(text('p', block.p));
    else if ('h' in block) into.append(text('h3', block.h));
    else if ('li' in block) {
      const list = el('ul');
      for (const item of block.li) list.append(text('li', item));
      into.append(list);
    } else if ('q' in block) {
      // Each question's worksheet (or their answer) once; later mentions as text.
      const [question, prompt] = questions[block.q] ?? [block.q, ''];
      const line = el('p');
      line.append(el('strong', question), ` ${prompt}`);
      if (asked.has(block.q)) into.append(line);
      else {
        asked.add(block.q);
        step.questions.push(block.q);
        const slot = el('div');
        slot.dataset.worksheet = block.q;
        slot.append(line);
        into.append(slot);
      }
    }
  }
}

async function startFollower() {
  compose.hidden = true;
  follow.hidden = false;
  follow.replaceChildren(el('p', 'Opening the path…', 'path-summary'));
  const [decoded, sections] = await Promise.all([decodePathFragment(location.hash), sectionData()]);
  const problems = [...decoded.problems];
  if (storeNotice) problems.push(storeNotice);
  follow.replaceChildren();
  if (!decoded.readable) {
    heading.textContent = 'This path could not be opened';
    showProblems('What went wrong', problems);
    follow.append(startOver());
    return;
  }
  if (!sections) {
    heading.textContent = decoded.path.title || 'A reading path';
    showProblems('What went wrong', [
      ...problems,
      'The guide’s sections could not be loaded. Check your connection and reload the page.',
    ]);
    return;
  }
  const path = decoded.path;
  const steps: Step[] = [];
  const points = new Set<string>();
  path.steps.forEach((step, index) => {
    const id = resolveStepId(step.id, sections);
    if (!id)
      problems.push(
        `Step ${index + 1} names a section this guide does not have (“${step.id}”), so it is left out.`,
      );
    else if (steps.some((s) => s.id === id))
      problems.push(`Step ${index + 1} is a section already in the path, so it is shown once.`);
    else {
      const entry = sections.s[id]!;
      const point = pointOfSection(entry.u);
      steps.push({
        id,
        note: step.note,
        entry,
        questions: [],
        point: point && !points.has(point) ? point : undefined,
      });
      if (point) points.add(point);
    }
  });
  // Issue 22: a path opened once can be followed offline: keep its steps' pages, the section
  // data and the code that draws it (with the view of a path sent back, when it is one).
  const reply = location.hash.startsWith('#p=2');
  keepForOffline([
    location.href,
    app.dataset.data!,
    app.dataset.follow!,
    ...(reply ? [app.dataset.theirs!, app.dataset.balance!] : []),
    ...steps.map((step) => guideUrl(step.entry)).filter((url): url is string => url !== undefined),
  ]);
  const title = path.title.trim() || 'A reading path';
  heading.textContent = title;
  document.title = document.title.replace(/^.*? · /, `${title} · `);

  if (path.intro.trim()) {
    const intro = el('div', undefined, 'path-intro');
    for (const paragraph of path.intro.split(/\n\s*\n/))
      if (paragraph.trim()) intro.append(el('p', paragraph.trim()));
    follow.append(intro);
  }
  const words = steps.reduce((sum, step) => sum + wordsIn(step.entry.b) + step.note.split(/\s+/).length, 0);
  const summary = el(
    'p',
    `${steps.length} ${steps.length === 1 ? 'step' : 'steps'} · about ${minutesFor(words)} min read`,
    'path-summary',
  );
  const progress = el('p', '', 'path-summary path-progress');
  const tools = el('div', undefined, 'path-tools');
  tools.append(button('Edit a copy', 'edit'), button('Print', 'print'));
  follow.append(summary, progress, tools);

  const list = el('ol', undefined, 'path-follow-steps');
  const asked = new Set<string>();
  const sectionsShown = steps.map((step, index) => {
    const item = el('li');
    const section = el('section');
    const headingId = `step-${index + 1}`;
    section.setAttribute('aria-labelledby', headingId);
    const h2 = el('h2', step.entry.t);
    h2.id = headingId;
    section.append(
      el('p', `Step ${index + 1} of ${steps.length}`, 'path-number'),
      h2,
      el('p', step.entry.w, 'path-where'),
    );
    const text = el('div', undefined, 'path-text prose');
    if (step.entry.b.length) {
      section.append(el('p', step.entry.k === 'a' ? 'From the article' : 'Our summary', 'path-caption'));
      renderBlocks(step.entry.b, text, step, asked, sections.q);
      section.append(text);
    }
    if (step.note.trim()) {
      const note = el('aside', undefined, 'path-note');
      note.setAttribute('aria-label', `Note for step ${index + 1}`);
      note.append(el('span', 'Note: ', 'path-note-label'), step.note.trim());
      section.append(note);
    }
    const url = guideUrl(step.entry);
    if (url) {
      const link = el(
        'a',
        step.entry.b.length
          ? `Read “${step.entry.t}” on its page`
          : `Read “${step.entry.t}” on its page: this part is only there`,
      );
      link.href = url;
      const go = el('p', undefined, 'path-go');
      go.append(link);
      section.append(go);
    }
    item.append(section);
    list.append(item);
    return section;
  });
  follow.append(list);

  const shown: Shown = { path, steps, sections, sectionsShown, progress, tools };
  showProblems('Some of this path could not be shown', problems);
  if (decoded.reply === undefined) refresh = followMine(shown);
  follow.append(startOver());
  if (decoded.reply !== undefined) {
    const request: TheirsRequest = {
      shown,
      value: decoded.reply,
      holds: { steps: steps.map((s) => s.id), questions: [...asked], points: [...points] },
      problems,
    };
    await import(/* @vite-ignore */ app.dataset.theirs!).then(
      () => document.dispatchEvent(new CustomEvent('path-theirs', { detail: request })),
      () =>
        showProblems('Some of this path could not be shown', [
          ...problems,
          'Their answers could not be shown: the page could not load the code for them. Check your connection and reload the page.',
        ]),
    );
  }

  tools.addEventListener('click', (event) => {
    const act = (event.target as Element).closest<HTMLElement>('[data-act]')?.dataset.act;
    if (act === 'print') print();
    if (act === 'edit') {
      if (
        !isEmptyPath(store.draft) &&
        !confirm('Replace the path you are composing with a copy of this one?')
      )
        return;
      setStore({
        ...store,
        draft: { title: path.title, intro: path.intro, steps: steps.map(({ id, note }) => ({ id, note })) },
      });
      saveNow();
      location.assign(pageUrl);
    }
  });
}

/** A way on: compose your own, or read the whole guide. */
function startOver(): HTMLElement {
  const line = el('p', undefined, 'path-end');
  const own = el('a', 'Compose your own path');
  own.href = pageUrl;
  const whole = el('a', 'read the whole guide on one page');
  whole.href = new URL('../read/', pageUrl).href;
  line.append(own, ', or ', whole, '.');
  return line;
}

/** What to redraw when another tab changes the read marks (nothing, for someone else's reply). */
let refresh = () => {};

whenShown(
  isPathFragment,
  () => {
    refresh = () => {};
    void startFollower();
  },
  () => refresh(),
);
