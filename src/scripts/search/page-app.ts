/*
 * The live search on /search/, as one self-contained script (Vite's `?worker&url`, as for the
 * dialog's code: see on-demand.ts). SearchPage.astro adds it after the page's first paint, so
 * the page's own words show before Pagefind's code and index load.
 */
import { mountSearchPage } from './page';

const host = document.querySelector<HTMLElement>('search-page');
if (host)
  void mountSearchPage(
    host,
    host.querySelector<HTMLElement>('.search-page-status')!,
    host.dataset.bundle!,
    host.dataset.styles!,
  );
