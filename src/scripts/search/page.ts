/*
 * The live search on /search/ (see SearchPage.astro): mounts Pagefind's input and results
 * with our chips, runs `?q=` on arrival, and keeps the address bar in step with the query.
 */
import { queryFromUrl, urlWithQuery } from '../../lib/searchQuery';
import { loadPagefindUI, searchInstance } from './pagefind-ui';
import { searchBody, searchConfig, searchInput } from './panel';
import { takeOverTyping } from './take-over-typing';
import { SEARCH_PAGE_NEEDS_CONNECTION } from '../../lib/offline/searchUnavailable';

/**
 * Replaces `status` with the search UI in `host`. If Pagefind cannot load (no connection and
 * no saved guide; or no index, before the first `npm run build`), says so in the reader's
 * words in `status`, keeps the field and what is typed in it, and tries again when the
 * connection returns.
 */
export async function mountSearchPage(
  host: HTMLElement,
  status: HTMLElement,
  bundle: string,
  styles: string,
): Promise<void> {
  status.textContent = 'Loading search…';
  try {
    await loadPagefindUI(bundle, styles);
  } catch {
    status.textContent = SEARCH_PAGE_NEEDS_CONNECTION;
    addEventListener('online', () => void mountSearchPage(host, status, bundle, styles), { once: true });
    return;
  }
  status.remove();
  host.append(searchConfig(bundle), searchInput(), ...searchBody(bundle));
  const instance = searchInstance();
  instance.on(
    'search',
    (term) => history.replaceState(history.state, '', urlWithQuery(location.href, term)),
    host,
  );
  const early = host.querySelector<HTMLInputElement>('.search-page-early input');
  const field = host.querySelector<HTMLInputElement>('pagefind-input input');
  if (early && field) replaceField(early, field);
  else {
    const query = queryFromUrl(location.href);
    if (query) instance.triggerSearch(query);
  }
}

/**
 * Pagefind's field takes the place of the one drawn with the page (SearchPage.astro), with
 * what was typed there (or `?q=`, which SearchPage put there), in the same task, so no
 * keystroke falls between them. Focus moves only if the reader was in the field.
 */
function replaceField(early: HTMLInputElement, field: HTMLInputElement): void {
  if (document.activeElement === early) takeOverTyping(early, field);
  else if (early.value) {
    field.value = early.value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  early.parentElement!.remove();
}
