/*
 * The search code a content page loads on first use, as one self-contained script (built
 * through Vite's `?worker&url`, which bundles a file into a standalone script with a
 * hashed URL; it runs on the page, not in a worker). SiteSearch.astro adds it when the
 * reader opens search or arrives from a result, then asks for what it needs with a
 * `site-search` event, so the page itself carries no search code and no Vite loader.
 */
import { openSearchDialog } from './dialog';
import { highlightFromUrl } from './highlight';

/** What SiteSearch.astro asks for: open the dialog, or highlight the terms in the URL. */
export type SearchRequest =
  | {
      action: 'open';
      bundle: string;
      styles: string;
      opener: HTMLElement;
      typed: HTMLInputElement;
    }
  | { action: 'highlight'; bundle: string; styles: string };

document.addEventListener('site-search', (event) => {
  const request = (event as CustomEvent<SearchRequest>).detail;
  if (request.action === 'open') void openSearchDialog(request);
  else void highlightFromUrl(request.bundle, request.styles);
});
