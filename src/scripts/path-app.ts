/**
 * The reading-path page's code, loaded only on /path/ (see src/pages/path/index.astro).
 * Two views of one `<path-app>`: the composer (no fragment) edits the draft kept in this
 * browser; the follower (`#p=…`) shows the path a link carries.
 *
 * Everything from a link or a record is untrusted: it only ever becomes textContent or a
 * form value. The only URLs we build come from the section data this site published
 * (`u`, checked to be site-relative) or from short ids that passed SHORT_ID.
 */
import { BLOCKED } from '../lib/reflection/storage';
import { keepForOffline } from './offline/keep';
import { wordsIn, type Block } from '../lib/path/articleBlocks';
import { decodePathFragment, isPathFragment, pathFragment } from '../lib/path/pathLink';
import { pathAsMarkdown } from '../lib/path/pathMarkdown';
import {
  loadPathStore,
  pathKey,
  PATHS_KEY,
  savePathStore,
  withReadMark,
  type PathStore,
} from '../lib/path/pathStore';
import {
  emptyPath,
  isEmptyPath,
  movedStep,
  withNote,
  withoutStep,
  withStep,
  type ReadingPath,
} from '../lib/path/readingPath';
import { minutesFor, resolveStepId, type SectionData, type SectionEntry } from '../lib/path/sectionData';

const app = document.querySelector<HTMLElement>('path-app')!;
const base = app.dataset.base ?? '/';
const pageUrl = new URL(`${base}path/`, location.href).href;
const find = <T extends Element = HTMLElement>(selector: string, root: ParentNode = app) =>
  root.querySelector<T>(selector)!;
const compose = find('[data-view=compose]');
const follow = find('[data-view=follow]');
const heading = find('#path-title');
const problemsBox = find('.path-problems');

let store: PathStore = { draft: emptyPath(), read: {} };
let storage: Storage | undefined;
let storeNotice: string | undefined;
let data: Promise<SectionData | undefined> | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Makes an element with text (never markup). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A button with a visible label and, for screen readers, what it acts on. */
function button(label: string, act: string, about?: string): HTMLButtonElement {
  const node = el('button', label);
  node.type = 'button';
  node.dataset.act = act;
  if (about) node.append(el('span', `: ${about}`, 'sr-only'));
  return node;
}

function announce(message: string) {
  const region = find('.path-status');
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}

function showProblems(title: string, problems: readonly string[]) {
  problemsBox.replaceChildren();
  problemsBox.hidden = problems.length === 0;
  if (problems.length === 0) return;
  const list = el('ul');
  for (const problem of problems) list.append(el('li', problem));
  problemsBox.append(el('p', title, 'path-note-label'), list);
}

/** The section data, fetched once; undefined (with a problem shown) when it cannot be had. */
function sectionData(): Promise<SectionData | undefined> {
  // The page's loader may have started the request already (for a path link).
  const early = (app as HTMLElement & { sections?: Promise<Response> }).sections;
  data ??= (early ?? fetch(app.dataset.data!))
    .then((response) => (response.ok ? (response.json() as Promise<SectionData>) : undefined))
    .catch(() => undefined);
  return data;
}

/** A link into the guide from the data's site-relative `path#id`, or undefined for anything else. */
function guideUrl(entry: SectionEntry): string | undefined {
  if (!/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/.test(entry.u)) return undefined;
  return new URL(base.replace(/\/$/, '') + entry.u, location.href).href;
}

/** A section's permanent short link (`/s/<id>/`); ids reaching here passed SHORT_ID. */
const shortUrl = (id: string) => new URL(`${base}s/${id}/`, location.href).href;

function openStore() {
  const opened = loadPathStore(() => localStorage);
  store = opened.value;
  storage = opened.storage;
  storeNotice =
    opened.notice === BLOCKED
      ? 'This browser is not letting the page save anything, so your path draft will be lost when you leave.'
      : opened.notice;
}

function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 300);
}

function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  if (storage && !savePathStore(storage, store)) {
    storage = undefined;
    announce('Your browser refused to save: the path draft is kept only until you leave.');
  }
}

async function copy(text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce('Copying was blocked: select the link in the field and copy it yourself.');
  }
}

// ---------------------------------------------------------------- composer

/** The composer's checkbox for a short id, if the guide lists it. */
const boxOf = (id: string) =>
  compose.querySelector<HTMLInputElement>(`input[type=checkbox][value="${CSS.escape(id)}"]`);

/** What the composer knows of a step's section: its title and page group, read from its own HTML. */
function describe(id: string): { title: string; where: string } | undefined {
  const box = boxOf(id);
  if (!box) return undefined;
  return {
    title: box.parentElement!.textContent!.trim(),
    where: box.closest('fieldset')!.querySelector('legend')!.textContent!.trim(),
  };
}

function setDraft(next: ReadingPath) {
  store = { ...store, draft: next };
  saveSoon();
  renderComposer();
}

function renderComposer() {
  const { draft } = store;
  const title = find<HTMLInputElement>('[name=title]', compose);
  const intro = find<HTMLTextAreaElement>('[name=intro]', compose);
  if (document.activeElement !== title) title.value = draft.title;
  if (document.activeElement !== intro) intro.value = draft.intro;
  const chosen = new Set(draft.steps.map((step) => step.id));
  for (const box of compose.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
    box.checked = chosen.has(box.value);
  const list = find('.path-steps');
  const focused =
    document.activeElement instanceof HTMLElement && list.contains(document.activeElement)
      ? document.activeElement
      : undefined;
  const keep = focused && {
    id: focused.closest<HTMLElement>('li')?.dataset.id,
    act: focused.dataset.act ?? 'note',
  };
  list.replaceChildren(
    ...draft.steps.map((step, index) => {
      const known = describe(step.id);
      const item = el('li');
      item.dataset.id = step.id;
      const title = known?.title ?? `A section this guide does not list (${step.id})`;
      item.append(el('p', `${index + 1}. ${title}`, 'path-step-title'));
      if (known) item.append(el('p', known.where, 'path-where'));
      const row = el('div', undefined, 'path-row');
      row.append(
        button('Move up', 'up', title),
        button('Move down', 'down', title),
        button('Remove', 'remove', title),
      );
      const label = el('label', 'Your note for this step');
      const note = el('textarea');
      note.maxLength = Number(list.dataset.noteMax);
      note.rows = 2;
      note.value = step.note;
      note.dataset.act = 'note';
      label.append(note);
      item.append(label, row);
      return item;
    }),
  );
  if (keep?.id)
    list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(keep.id)}"] [data-act="${keep.act}"]`)?.focus();
  find('.path-empty').hidden = draft.steps.length > 0;
  find('.path-link').hidden = true;
}

function startComposer() {
  compose.hidden = false;
  follow.hidden = true;
  heading.textContent = 'Reading paths';
  document.title = document.title.replace(/^.*? · /, 'Reading paths · ');
  showProblems('', storeNotice ? [storeNotice] : []);
  // What the reader did before this code arrived is kept: ticks and typing in the form.
  let draft = store.draft;
  for (const box of compose.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'))
    draft = withStep(draft, box.value);
  const typed = (name: string) => find<HTMLInputElement>(`[name=${name}]`, compose).value;
  if (typed('title') && !draft.title) draft = { ...draft, title: typed('title') };
  if (typed('intro') && !draft.intro) draft = { ...draft, intro: typed('intro') };
  if (draft !== store.draft) setDraft(draft);
  else renderComposer();
}

compose.addEventListener('input', (event) => {
  const field = event.target as HTMLInputElement;
  const { draft } = store;
  if (field.name === 'title') store = { ...store, draft: { ...draft, title: field.value } };
  else if (field.name === 'intro') store = { ...store, draft: { ...draft, intro: field.value } };
  else if (field.dataset.act === 'note')
    store = { ...store, draft: withNote(draft, field.closest('li')!.dataset.id!, field.value) };
  else return;
  find('.path-link').hidden = true;
  saveSoon();
});

compose.addEventListener('change', (event) => {
  const box = event.target as HTMLInputElement;
  if (box.type !== 'checkbox') return;
  const before = store.draft.steps.length;
  const next = box.checked ? withStep(store.draft, box.value) : withoutStep(store.draft, box.value);
  if (box.checked && next.steps.length === before) {
    box.checked = false;
    return announce(`A path holds at most ${app.dataset.stepsMax} steps.`);
  }
  setDraft(next);
  announce(
    `${box.checked ? 'Added to' : 'Removed from'} your path: ${next.steps.length} ${next.steps.length === 1 ? 'step' : 'steps'}.`,
  );
});

compose.addEventListener('click', async (event) => {
  const act = (event.target as Element).closest<HTMLElement>('button[data-act]')?.dataset.act;
  if (!act) return;
  const id = (event.target as Element).closest<HTMLElement>('li[data-id]')?.dataset.id;
  if (id && (act === 'up' || act === 'down')) {
    setDraft(movedStep(store.draft, id, act === 'up' ? -1 : 1));
    const place = store.draft.steps.findIndex((step) => step.id === id) + 1;
    announce(`Moved to step ${place} of ${store.draft.steps.length}.`);
  }
  if (id && act === 'remove') {
    setDraft(withoutStep(store.draft, id));
    announce(
      `Removed. Your path has ${store.draft.steps.length} ${store.draft.steps.length === 1 ? 'step' : 'steps'}.`,
    );
    find<HTMLInputElement>('[name=title]').focus();
  }
  if (act === 'link' || act === 'markdown') {
    if (store.draft.steps.length === 0)
      return announce('Add a step first: a path needs at least one section.');
    saveNow();
    const url = pageUrl + (await pathFragment(store.draft));
    if (act === 'link') {
      find<HTMLInputElement>('.path-url').value = url;
      find<HTMLAnchorElement>('.path-open').href = url;
      find('.path-link').hidden = false;
      return copy(url, `Path link copied (${url.length} characters).`);
    }
    const markdown = pathAsMarkdown(
      store.draft,
      (step) => {
        const known = describe(step);
        return known && { title: known.title, url: shortUrl(step) };
      },
      url,
    );
    return copy(markdown, 'Path copied as Markdown.');
  }
  if (act === 'clear') {
    if (isEmptyPath(store.draft)) return announce('Nothing to clear.');
    if (!confirm('Clear your path draft (its title, introduction, steps and notes)?')) return;
    setDraft(emptyPath());
    saveNow();
    announce('Your path draft was cleared.');
  }
});

// ---------------------------------------------------------------- follower

/** Which questions have their worksheet on the page already. */
const embedded = new Set<string>();

function renderBlocks(blocks: readonly Block[], into: HTMLElement, questions: SectionData['q']) {
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
      // Each question's worksheet once (its radios are one group per page); later mentions as text.
      const [question, prompt] = questions[block.q] ?? [block.q, ''];
      const line = el('p');
      line.append(el('strong', question), ` ${prompt}`);
      if (embedded.has(block.q)) into.append(line);
      else {
        embedded.add(block.q);
        const slot = el('div');
        slot.dataset.worksheet = block.q;
        slot.append(line);
        into.append(slot);
      }
    }
  }
}

/**
 * Puts the worksheet of each question step in place: the very worksheet /reflection/
 * serves (our own page, parsed, never the link's text), cut to that one question, with its
 * styles, then the island that brings it to life. Answers are saved exactly as there.
 */
async function embedWorksheets() {
  const slots = [...follow.querySelectorAll<HTMLElement>('[data-worksheet]')];
  if (slots.length === 0) return;
  // Only the two parts we need are parsed: a parsed <style> would trip the page's CSP.
  const html = await fetch(app.dataset.reflection!)
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '');
  const markup = /<reflection-worksheet[\s\S]*?<\/reflection-worksheet>/.exec(html)?.[0];
  const styles = [...html.matchAll(/<style[^>]*>([^<]*)<\/style>/g)].find((match) =>
    match[1]!.includes('.rf-q'),
  )?.[1];
  const whole =
    markup &&
    new DOMParser().parseFromString(markup, 'text/html').querySelector<HTMLElement>('reflection-worksheet');
  if (!whole || !styles) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(styles);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  for (const slot of slots) {
    const worksheet = document.importNode(whole, true);
    worksheet.removeAttribute('data-whole');
    for (const part of worksheet.querySelectorAll('.rf-shared, .rf-summary, .rf-bal, .rf-tools, .rf-link'))
      part.remove();
    for (const fieldset of worksheet.querySelectorAll<HTMLElement>('fieldset[data-q]')) {
      if (fieldset.dataset.q !== slot.dataset.worksheet) fieldset.remove();
    }
    if (worksheet.querySelector('fieldset')) slot.replaceChildren(worksheet);
  }
  const island = follow.querySelector<HTMLElement>('reflection-worksheet')?.dataset.src;
  // Kept for offline with the path (issue 22): the worksheet's page and its island.
  keepForOffline([app.dataset.reflection!, ...(island ? [new URL(island, location.href).href] : [])]);
  if (island) await import(/* @vite-ignore */ island);
}

async function startFollower(hash: string) {
  compose.hidden = true;
  follow.hidden = false;
  embedded.clear();
  follow.replaceChildren(el('p', 'Opening the path…', 'path-summary'));
  const [decoded, sections] = await Promise.all([decodePathFragment(hash), sectionData()]);
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
  const steps: Array<{ id: string; note: string; entry: SectionEntry }> = [];
  path.steps.forEach((step, index) => {
    const id = resolveStepId(step.id, sections);
    if (!id)
      problems.push(
        `Step ${index + 1} names a section this guide does not have (“${step.id}”), so it is left out.`,
      );
    else if (steps.some((s) => s.id === id))
      problems.push(`Step ${index + 1} is a section already in the path, so it is shown once.`);
    else steps.push({ id, note: step.note, entry: sections.s[id]! });
  });
  // Issue 22: a path opened once can be followed offline: keep its steps' pages, the section data and this code.
  keepForOffline([
    location.href,
    app.dataset.data!,
    app.dataset.src!,
    ...steps.map((step) => guideUrl(step.entry)).filter((url): url is string => url !== undefined),
  ]);
  const key = pathKey(path);
  const title = path.title.trim() || 'A reading path';
  heading.textContent = title;
  document.title = document.title.replace(/^.*? · /, `${title} · `);
  showProblems('Some of this path could not be shown', problems);

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
  progress.setAttribute('aria-live', 'polite');
  const tools = el('div', undefined, 'path-tools');
  tools.append(button('Edit a copy', 'edit'), button('Print', 'print'));
  follow.append(summary, progress, tools);

  const list = el('ol', undefined, 'path-follow-steps');
  steps.forEach((step, index) => {
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
      renderBlocks(step.entry.b, text, sections.q);
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
    const read = el('label', undefined, 'path-read');
    const box = el('input');
    box.type = 'checkbox';
    box.dataset.id = step.id;
    read.append(box, 'Mark as read');
    section.append(read);
    item.append(section);
    list.append(item);
  });
  follow.append(list);

  const showProgress = () => {
    const marked = new Set(store.read[key] ?? []);
    let count = 0;
    for (const box of list.querySelectorAll<HTMLInputElement>('input[data-id]')) {
      box.checked = marked.has(box.dataset.id!);
      if (box.checked) count++;
    }
    progress.textContent = `${count} of ${steps.length} read`;
  };
  list.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    if (!box.dataset.id) return;
    store = withReadMark(store, key, box.dataset.id, box.checked);
    saveNow();
    showProgress();
  });
  rerenderFollower = showProgress;
  showProgress();

  if (follow.querySelector('[data-worksheet]')) {
    follow.append(sendAnswers());
    void embedWorksheets();
  }
  follow.append(startOver());

  tools.addEventListener('click', (event) => {
    const act = (event.target as Element).closest<HTMLElement>('[data-act]')?.dataset.act;
    if (act === 'print') print();
    if (act === 'edit') {
      if (
        !isEmptyPath(store.draft) &&
        !confirm('Replace the path you are composing with a copy of this one?')
      )
        return;
      store = {
        ...store,
        draft: { title: path.title, intro: path.intro, steps: steps.map(({ id, note }) => ({ id, note })) },
      };
      saveNow();
      location.assign(pageUrl);
    }
  });
}

/** What the worksheet island offers a page that embeds it (reflection-worksheet.ts). */
interface Shares {
  shareAnswers(say: (message: string) => void, showLink: (url: string) => void): void;
}

/** The end of a path with questions: send the answers back, with the worksheet's own share link. */
function sendAnswers(): HTMLElement {
  const end = el('section', undefined, 'path-end');
  end.setAttribute('aria-labelledby', 'send-your-answers');
  const h2 = el('h2', 'Send your answers back', 'section-heading');
  h2.id = 'send-your-answers';
  const field = el('input', undefined, 'path-url');
  field.type = 'text';
  field.readOnly = true;
  const label = el('label', 'Share link: your answers travel inside it, not via a server ');
  label.append(field);
  const shown = el('p');
  shown.append(label);
  shown.hidden = true;
  const send = button('Copy share link', 'send');
  send.addEventListener('click', () => {
    // The worksheet's own share link, from the answers it holds (the island is the one that
    // knows them); the path shows it here, at the end.
    const worksheet = follow.querySelector<HTMLElement & Partial<Shares>>('reflection-worksheet');
    if (!worksheet?.shareAnswers) return announce('The questions are still loading: try again in a moment.');
    worksheet.shareAnswers(announce, (url) => {
      field.value = url;
      shown.hidden = false;
    });
  });
  end.append(
    h2,
    el(
      'p',
      'When you have answered, send your answers to whoever gave you this path: the link opens them on the questions page.',
    ),
    send,
    shown,
  );
  return end;
}

/** A way on: compose your own, or read the whole guide. */
function startOver(): HTMLElement {
  const line = el('p', undefined, 'path-end');
  const own = el('a', 'Compose your own path');
  own.href = pageUrl;
  const whole = el('a', 'read the whole guide on one page');
  whole.href = new URL(`${base}read/`, location.href).href;
  line.append(own, ', or ', whole, '.');
  return line;
}

let rerenderFollower: (() => void) | undefined;
let shownHash: string | undefined;

function route() {
  if (location.hash === shownHash) return;
  shownHash = location.hash;
  rerenderFollower = undefined;
  if (isPathFragment(location.hash)) void startFollower(location.hash);
  else startComposer();
}

openStore();
addEventListener('storage', (event) => {
  if (event.key !== PATHS_KEY && event.key !== null) return;
  openStore();
  if (rerenderFollower) rerenderFollower();
  else if (!compose.hidden) renderComposer();
});
// Typing then leaving within the debounce must not lose the last words.
addEventListener('pagehide', () => saveTimer && saveNow());
addEventListener('hashchange', route);
route();
