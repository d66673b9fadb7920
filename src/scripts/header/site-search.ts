/*
 * The header's search button (markup: src/components/SiteSearch.astro), run at load on every
 * page from the layout's one script (src/scripts/every-page.ts).
 */
import { addScript } from '../add-script';

type Ask = { action: string; opener?: HTMLElement; typed?: HTMLInputElement };

/** Opens search from the header button, `/` or Ctrl/Cmd+K; loads the search code on first use. */
class SiteSearch extends HTMLElement {
  #link = this.querySelector('a')!;
  #code: Promise<void> | undefined;

  connectedCallback() {
    const link = this.#link;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', (event) => {
      // Modified clicks open the search page in a new tab, as links do.
      if (!(event.metaKey || event.ctrlKey || event.shiftKey)) this.#open(event, link);
    });
    link.addEventListener('keydown', (event) => event.key === ' ' && this.#open(event, link));
    link.addEventListener('pointerenter', () => this.#load().catch(() => {}), { once: true });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      // Escape hides a dialog at once, but focus leaves it a task later: a key pressed in
      // between lands in the hidden dialog's field, and is the reader asking again.
      const dialog = target.closest('dialog');
      const closed = dialog?.open === false;
      const typing =
        !closed && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      const mod = event.metaKey || event.ctrlKey;
      if (
        event.altKey ||
        dialog?.open ||
        !(event.key === '/' ? !typing && !mod : mod && event.key.toLowerCase() === 'k')
      )
        return;
      this.#open(event, target === document.body || closed ? link : target);
    });
    if (new URLSearchParams(location.search).has('highlight')) void this.#ask({ action: 'highlight' });
  }

  #load(): Promise<void> {
    return (this.#code ??= addScript(this.dataset.code!).catch((error: unknown) => {
      this.#code = undefined;
      throw error;
    }));
  }

  async #ask(request: Ask) {
    const { bundle, styles } = this.dataset;
    try {
      await this.#load();
    } catch {
      // Issue 22: no connection (and no saved guide). The page stays, the field keeps the
      // typing; the offline code (src/scripts/offline/search-unavailable.ts) says why and
      // retries when the connection returns.
      return void request.typed?.dispatchEvent(
        new CustomEvent('search-unavailable', { bubbles: true, detail: () => this.#ask(request) }),
      );
    }
    document.dispatchEvent(new CustomEvent('site-search', { detail: { ...request, bundle, styles } }));
  }

  #open(event: Event, opener: HTMLElement) {
    event.preventDefault();
    // On /search/ the field is already on the page.
    const inline = document.querySelector<HTMLInputElement>('search-page input');
    if (inline) return inline.focus();
    // Issue 9: a field takes the reader's typing from this very moment (and, inside the
    // tap, opens a phone's keyboard); the search code takes it over, text and caret, when
    // it is ready (takeOverTyping in src/scripts/search/dialog.ts), so no keystroke is lost.
    const dialog = document.createElement('dialog');
    const typed = document.createElement('input');
    dialog.className = 'mx-auto mt-16 rounded-xl border border-rule bg-paper p-4';
    typed.className = 'h-9 w-full rounded-full border border-rule px-3';
    // A plain text field: one Escape closes it, as it does Pagefind's dialog (a search field would clear first).
    typed.size = 40;
    typed.placeholder = 'Loading search…';
    typed.ariaLabel = 'Search the guide';
    dialog.onclose = () => dialog.remove();
    dialog.append(typed);
    document.body.append(dialog);
    dialog.showModal();
    typed.focus();
    void this.#ask({ action: 'open', opener, typed });
  }
}
customElements.define('site-search', SiteSearch);
