/*
 * Our offline page (src/pages/offline.astro) is built once, with no script of its own; when
 * the worker serves it in place of a page that was not kept, it fills in what this reader
 * has kept. These pure functions do that filling, so they are unit-tested.
 */

export interface GuidePageEntry {
  /** Site-absolute URL path: `/technical-track/`. */
  url: string;
  title: string;
}

export interface KeptListing {
  /** Kept pages, in the guide's reading order. */
  pages: GuidePageEntry[];
  /** The whole guide on one page (`/read/`) is among them. */
  readKept: boolean;
}

/** Which of the guide's pages (in order) are among the kept URLs (full URLs or paths, any query). */
export function keptListing(
  kept: Iterable<string>,
  guide: readonly GuidePageEntry[],
  scope: string,
): KeptListing {
  const keptPaths = new Set<string>();
  for (const url of kept) {
    try {
      keptPaths.add(new URL(url, 'https://site.invalid').pathname);
    } catch {
      // Not a URL: nothing kept under it.
    }
  }
  const pages = guide.filter((page) => keptPaths.has(page.url));
  return { pages, readKept: keptPaths.has(`${scope}read/`) };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text made safe to place in HTML, as text or in a quoted attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The marker offline.astro leaves where the list goes, and the `hidden` it puts on the /read/ link. */
export const KEPT_LIST_MARKER = '<!--offline-kept-->';
export const READ_LINK_MARKER = 'data-offline-read hidden';

/**
 * The offline page with the reader's kept pages listed (or a sentence saying none are), and
 * its link to /read/ shown when that page is kept. Titles are escaped: they come from our
 * build, but the worker never builds markup from unescaped text.
 */
export function fillOfflinePage(html: string, listing: KeptListing): string {
  const items = listing.pages.length
    ? listing.pages
        .map(
          (page) =>
            `<li><a class="underline" href="${escapeHtml(page.url)}">${escapeHtml(page.title)}</a></li>`,
        )
        .join('')
    : '<li>No page yet: pages you open while connected are kept here.</li>';
  let filled = html.replace(KEPT_LIST_MARKER, items);
  if (listing.readKept) filled = filled.replace(READ_LINK_MARKER, 'data-offline-read');
  return filled;
}
