/*
 * The search dialog, loaded on first use from the header (see SiteSearch.astro). It is
 * Pagefind's <pagefind-modal>, a native modal <dialog>: focus moves into the field, Escape
 * closes, arrow keys walk the results, and focus goes back to where the reader was.
 */
import { element, loadPagefindUI } from './pagefind-ui';
import { searchBody, searchConfig, searchInput } from './panel';
import { takeOverTyping } from './take-over-typing';

interface PagefindModal extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

let modal: PagefindModal | undefined;

export interface OpenOptions {
  /** `<base>pagefind/` */
  bundle: string;
  /** Our search stylesheet. */
  styles: string;
  /** Where focus returns when the dialog closes. */
  opener: HTMLElement;
  /** The field that has held the reader's typing since they asked (SiteSearch.astro). */
  typed: HTMLInputElement;
}

/**
 * Opens the dialog, building it the first time. If Pagefind cannot load (no connection and
 * no saved guide), the holding field stays, with the reader's typing, and the offline code
 * says why and retries when the connection returns (`search-unavailable`, heard by
 * src/scripts/offline/search-unavailable.ts): the page never navigates away.
 */
export async function openSearchDialog(options: OpenOptions): Promise<void> {
  const { bundle, styles, opener, typed } = options;
  try {
    await loadPagefindUI(bundle, styles);
  } catch {
    typed.dispatchEvent(
      new CustomEvent('search-unavailable', { bubbles: true, detail: () => void openSearchDialog(options) }),
    );
    return;
  }
  // The reader closed the holding field (Escape) before search arrived: they changed their mind.
  if (!typed.isConnected) return;
  modal ??= createModal(bundle);
  if (modal.isOpen) {
    const dialog = modal.querySelector('dialog');
    if (!dialog || dialog.open) return void typed.closest('dialog')?.remove();
    // Escape has just closed it, and Pagefind hears so on the close event, a task later: a
    // quick reader asked again in between. The holding field keeps their typing meanwhile.
    await new Promise((heard) => dialog.addEventListener('close', heard, { once: true }));
    if (!typed.isConnected) return;
  }
  // Pagefind re-renders its <dialog> (on language load), so listen on the modal, capturing
  // the `close` event that does not bubble.
  modal.addEventListener(
    'close',
    () =>
      requestAnimationFrame(() => {
        // A result on this page takes focus itself; otherwise go back to where the reader was.
        // Pagefind's dialog was opened from the holding field (removed since), so the browser's
        // own return of focus lands nowhere useful: body, or still inside the closed modal.
        const active = document.activeElement;
        if (!active || active === document.body || !active.isConnected || modal?.contains(active))
          opener.focus();
      }),
    { capture: true, once: true },
  );
  modal.open();
  takeOverTyping(typed, modal.querySelector('pagefind-input input')!);
}

function createModal(bundle: string): PagefindModal {
  document.body.append(searchConfig(bundle));
  const created = element(
    'pagefind-modal',
    { class: 'site-search-modal' },
    header(() => created.close()),
    element('pagefind-modal-body', {}, ...searchBody(bundle)),
    element('pagefind-modal-footer', {}, element('pagefind-keyboard-hints')),
  ) as PagefindModal;
  document.body.append(created);
  return created;
}

/**
 * The dialog's header: the input and a close button (shown on narrow screens), in
 * Pagefind's own classes. Not <pagefind-modal-header>: when the modal re-renders on loading
 * its language, that component wraps itself again and grows a second close button.
 */
function header(close: () => void): HTMLElement {
  const icon = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  icon.setAttribute('viewBox', '0 0 20 20');
  icon.setAttribute('width', '20');
  icon.setAttribute('height', '20');
  icon.setAttribute('aria-hidden', 'true');
  const cross = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  cross.setAttribute('d', 'M15 5L5 15M5 5l10 10');
  cross.setAttribute('stroke', 'currentColor');
  cross.setAttribute('stroke-width', '2');
  cross.setAttribute('stroke-linecap', 'round');
  icon.append(cross);
  const button = element(
    'button',
    { type: 'button', class: 'pf-modal-close', 'aria-label': 'Close search' },
    icon,
  );
  button.addEventListener('click', close);
  return element(
    'div',
    { class: 'pf-modal-header' },
    element('div', { class: 'pf-modal-header-content' }, searchInput()),
    button,
  );
}
