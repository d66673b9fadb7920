/**
 * The reading-path composer: `/path/` without a fragment. It edits the draft kept in this
 * browser (title, introduction, ordered steps with notes) and copies it as a path link or
 * as Markdown. Loaded by the page's loader (path-loader.js) as its own script.
 */
import { isPathFragment, pathFragment } from '../../lib/path/pathLink';
import { pathAsMarkdown } from '../../lib/path/pathMarkdown';
import {
  emptyPath,
  isEmptyPath,
  movedStep,
  withNote,
  withoutStep,
  withStep,
  type ReadingPath,
} from '../../lib/path/readingPath';
import {
  announce,
  app,
  button,
  compose,
  copy,
  el,
  find,
  follow,
  heading,
  pageUrl,
  saveNow,
  saveSoon,
  setStore,
  shortUrl,
  showProblems,
  store,
  storeNotice,
  whenShown,
} from './shared';

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
  setStore({ ...store, draft: next });
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
  if (field.name === 'title') setStore({ ...store, draft: { ...draft, title: field.value } });
  else if (field.name === 'intro') setStore({ ...store, draft: { ...draft, intro: field.value } });
  else if (field.dataset.act === 'note')
    setStore({ ...store, draft: withNote(draft, field.closest('li')!.dataset.id!, field.value) });
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

whenShown((hash) => !isPathFragment(hash), startComposer, renderComposer);
