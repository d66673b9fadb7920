/*
 * Search with no connection and no saved guide (issue 22). The header's search field
 * (SiteSearch.astro) and the dialog (src/scripts/search/dialog.ts) stay where they are, with
 * the reader's typing, and send `search-unavailable` with a way to try again. Here, in the
 * offline code rather than in every page's inline script, it is said in a reader's words,
 * under the field, and search starts once the connection returns.
 */
import { SEARCH_NEEDS_CONNECTION } from '../../lib/offline/searchUnavailable';
import { adoptOfflineStyles } from './styles';

export function explainSearchUnavailable(): void {
  document.addEventListener('search-unavailable', (event) => {
    const typed = event.target;
    const retry = (event as CustomEvent<unknown>).detail;
    if (!(typed instanceof HTMLInputElement) || !typed.isConnected) return;
    if (typed.nextElementSibling?.classList.contains('offline-search-note')) return;
    adoptOfflineStyles();
    const note = document.createElement('p');
    note.className = 'offline-search-note';
    note.setAttribute('role', 'status');
    note.textContent = SEARCH_NEEDS_CONNECTION;
    typed.after(note);
    addEventListener(
      'online',
      () => {
        note.remove();
        if (typeof retry === 'function' && typed.isConnected) retry();
      },
      { once: true },
    );
  });
}
