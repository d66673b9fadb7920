/**
 * "Add to path" in a section's share tools: adds the section (by its short id) to the
 * reading-path draft kept in this browser, and confirms politely, naming the count, with a
 * link to the composer. Part of the share tools' on-demand code (share-actions.ts).
 */
import { BLOCKED } from '../lib/reflection/storage';
import { loadPathStore, savePathStore } from '../lib/path/pathStore';
import { STEPS_MAX, withStep } from '../lib/path/readingPath';

const STYLES = `.path-added{position:fixed;bottom:1rem;left:50%;z-index:30;translate:-50%;display:flex;flex-wrap:wrap;gap:.25rem .75rem;
align-items:center;width:max-content;max-width:calc(100vw - 2rem);border-radius:.75rem;background:var(--ink);color:var(--paper);padding:.5rem 1rem;
font:500 .875rem/1.4 var(--font-sans);box-shadow:0 4px 16px rgb(0 0 0/.25)}
.path-added span{flex:1 1 14rem}.path-added a{color:inherit;font-weight:700;text-decoration:underline}.path-added button{padding:.25rem .5rem;border-radius:.375rem}
@media print{.path-added{display:none}}`;
let styled = false;

/** What the reader is told after adding a section (pure, for the confirmation and the live region). */
export function addedMessage(title: string, count: number, already: boolean, full: boolean): string {
  const steps = `${count} ${count === 1 ? 'step' : 'steps'}`;
  if (full) return `Your reading path is full (${STEPS_MAX} steps): “${title}” was not added.`;
  if (already) return `“${title}” is already in your reading path (${steps}).`;
  return `Added “${title}” to your reading path: ${steps}.`;
}

export function addToPath(
  short: string,
  title: string,
  host: HTMLElement,
  announce: (message: string) => void,
) {
  const opened = loadPathStore(() => localStorage);
  const before = opened.value.draft;
  const draft = withStep(before, short);
  const already = before.steps.some((step) => step.id === short);
  const saved =
    draft === before ||
    (opened.storage !== undefined && savePathStore(opened.storage, { ...opened.value, draft }));
  let message = addedMessage(title, draft.steps.length, already, draft === before && !already);
  if (!saved || opened.notice === BLOCKED)
    message = 'This browser is not letting the page save anything, so the section could not be added.';
  else if (opened.notice) message = `${opened.notice} ${message}`;

  if (!styled) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    styled = true;
  }
  document.querySelector('.path-added')?.remove();
  const box = document.createElement('p');
  box.className = 'path-added';
  const text = document.createElement('span');
  text.textContent = message;
  const link = document.createElement('a');
  link.href = `${host.dataset.base ?? '/'}path/`;
  link.textContent = 'Open the path composer';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => box.remove());
  box.addEventListener('keydown', (event) => event.key === 'Escape' && box.remove());
  box.append(text, link, close);
  host.append(box);
  announce(`${message} Open the path composer to order it and add notes.`);
}
