/*
 * The search dialog, loaded on first use from the header (see SiteSearch.astro). It is
 * Pagefind's <pagefind-modal>, a native modal <dialog>: focus moves into the field, Escape
 * closes, arrow keys walk the results, and focus goes back to where the reader was.
 */
import { element, loadPagefindUI } from './pagefind-ui';
import { searchBody, searchConfig, searchInput } from './panel';

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
  /** The search page, where the reader goes if search cannot load here. */
  fallback: string;
}

/** Opens the dialog, building it the first time. If Pagefind cannot load, goes to the search page, which says why. */
export async function openSearchDialog({ bundle, styles, opener, fallback }: OpenOptions): Promise<void> {
  try {
    await loadPagefindUI(bundle, styles);
  } catch {
    location.assign(fallback);
    return;
  }
  modal ??= createModal(bundle);
  if (modal.isOpen) return;
  // Pagefind re-renders its <dialog> (on language load), so listen on the modal, capturing
  // the `close` event that does not bubble.
  modal.addEventListener(
    'close',
    () =>
      requestAnimationFrame(() => {
        // A result on this page takes focus itself; otherwise go back to where the reader was.
        if (!document.activeElement || document.activeElement === document.body) opener.focus();
      }),
    { capture: true, once: true },
  );
  modal.open();
}

function createModal(bundle: string): PagefindModal {
  document.body.append(searchConfig(bundle));
  const created = element(
    'pagefind-modal',
    { class: 'site-search-modal' },
    element('pagefind-modal-header', {}, searchInput()),
    element('pagefind-modal-body', {}, ...searchBody()),
    element('pagefind-modal-footer', {}, element('pagefind-keyboard-hints')),
  ) as PagefindModal;
  document.body.append(created);
  return created;
}
