/**
 * What the reading-path page's two views share (src/pages/path/index.astro): the composer
 * (composer.ts, no fragment) and the follower (follower.ts, `#p=…`). Each view is its own
 * self-contained script, so each has its own copy of this module's state; each reads the
 * stored draft and read marks afresh when it starts, and writes only what it changed.
 *
 * Everything from a link or a record is untrusted: it only ever becomes textContent or a
 * form value. The only URLs we build come from the section data this site published
 * (`u`, checked to be site-relative) or from short ids that passed SHORT_ID.
 */
import { BLOCKED } from '../../lib/reflection/storage';
import { loadPathStore, PATHS_KEY, savePathStore, type PathStore } from '../../lib/path/pathStore';
import { emptyPath } from '../../lib/path/readingPath';
import type { SectionData, SectionEntry } from '../../lib/path/sectionData';

export const app = document.querySelector<HTMLElement>('path-app')!;
export const base = app.dataset.base ?? '/';
export const pageUrl = new URL(`${base}path/`, location.href).href;
export const find = <T extends Element = HTMLElement>(selector: string, root: ParentNode = app) =>
  root.querySelector<T>(selector)!;
export const compose = find('[data-view=compose]');
export const follow = find('[data-view=follow]');
export const heading = find('#path-title');
const problemsBox = find('.path-problems');

/** The draft and read marks as this view last read or wrote them. */
export let store: PathStore = { draft: emptyPath(), read: {} };
let storage: Storage | undefined;
/** Something the reader should know about their stored draft (it was damaged, or cannot be saved). */
export let storeNotice: string | undefined;
let saveTimer: ReturnType<typeof setTimeout> | undefined;

/** Makes an element with text (never markup). */
export function el<K extends keyof HTMLElementTagNameMap>(
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
export function button(label: string, act: string, about?: string): HTMLButtonElement {
  const node = el('button', label);
  node.type = 'button';
  node.dataset.act = act;
  if (about) node.append(el('span', `: ${about}`, 'sr-only'));
  return node;
}

export function announce(message: string) {
  const region = find('.path-status');
  region.textContent = '';
  setTimeout(() => (region.textContent = message), 50);
}

export function showProblems(title: string, problems: readonly string[]) {
  problemsBox.replaceChildren();
  problemsBox.hidden = problems.length === 0;
  if (problems.length === 0) return;
  const list = el('ul');
  for (const problem of problems) list.append(el('li', problem));
  problemsBox.append(el('p', title, 'path-note-label'), list);
}

let data: Promise<SectionData | undefined> | undefined;

/** The section data, fetched once; undefined when it cannot be had. */
export function sectionData(): Promise<SectionData | undefined> {
  // The page's loader may have started the request already (for a path link).
  const early = (app as HTMLElement & { sections?: Promise<Response> }).sections;
  data ??= (early ?? fetch(app.dataset.data!))
    .then((response) => (response.ok ? (response.json() as Promise<SectionData>) : undefined))
    .catch(() => undefined);
  return data;
}

/** A link into the guide from the data's site-relative `path#id`, or undefined for anything else. */
export function guideUrl(entry: SectionEntry): string | undefined {
  if (!/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/.test(entry.u)) return undefined;
  return new URL(base.replace(/\/$/, '') + entry.u, location.href).href;
}

/** A section's permanent short link (`/s/<id>/`); ids reaching here passed SHORT_ID. */
export const shortUrl = (id: string) => new URL(`${base}s/${id}/`, location.href).href;

/** Reads the stored draft and read marks (again: another tab or view may have written them). */
export function openStore() {
  const opened = loadPathStore(() => localStorage);
  store = opened.value;
  storage = opened.storage;
  storeNotice =
    opened.notice === BLOCKED
      ? 'This browser is not letting the page save anything, so your path draft will be lost when you leave.'
      : opened.notice;
}

/** Replaces what this view holds; saved with saveSoon or saveNow. */
export function setStore(next: PathStore) {
  store = next;
}

export function saveSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 300);
}

export function saveNow() {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  if (storage && !savePathStore(storage, store)) {
    storage = undefined;
    announce('Your browser refused to save: the path draft is kept only until you leave.');
  }
}

// Typing then leaving within the debounce must not lose the last words.
addEventListener('pagehide', () => saveTimer && saveNow());

export async function copy(text: string, done: string) {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce('Copying was blocked: select the link in the field and copy it yourself.');
  }
}

/**
 * Runs `show` whenever the address names this view (now, and on each hashchange), and
 * `refresh` when another tab changes the stored draft or read marks while it is shown.
 */
export function whenShown(isMine: (hash: string) => boolean, show: () => void, refresh: () => void) {
  let shownHash: string | undefined;
  const route = () => {
    if (location.hash === shownHash) return;
    shownHash = isMine(location.hash) ? location.hash : undefined;
    if (shownHash !== undefined) {
      openStore();
      show();
    }
  };
  addEventListener('hashchange', route);
  addEventListener('storage', (event) => {
    if (shownHash === undefined || (event.key !== PATHS_KEY && event.key !== null)) return;
    openStore();
    refresh();
  });
  route();
}
