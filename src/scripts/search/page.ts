/*
 * The live search on /search/ (see SearchPage.astro): mounts Pagefind's input and results
 * with our chips, runs `?q=` on arrival, and keeps the address bar in step with the query.
 */
import { queryFromUrl, urlWithQuery } from '../../lib/searchQuery';
import { loadPagefindUI, searchInstance } from './pagefind-ui';
import { searchBody, searchConfig, searchInput } from './panel';

/** Replaces `status` with the search UI in `host`; if Pagefind cannot load, says why in `status`. */
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
    status.textContent =
      'Search is not available yet: its index is made by `npm run build`. Build the site once, then reload. Meanwhile, every topic is listed below.';
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
  const query = queryFromUrl(location.href);
  if (query) instance.triggerSearch(query);
  else host.querySelector('input')?.focus();
}
