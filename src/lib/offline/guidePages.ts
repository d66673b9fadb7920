/*
 * The guide's pages with their titles, in reading order, for the offline page's list of what
 * is kept. Read from the built HTML by integrations/offline-worker.ts.
 */
import type { GuidePageEntry } from './offlinePage';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** A page's title as its tab shows it, without the site's name after the dash. */
export function titleOf(html: string, siteName: string): string | undefined {
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  if (raw === undefined) return undefined;
  const text = raw.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name]!).trim();
  const suffix = ` — ${siteName}`;
  return text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
}

/** The links of /read/'s parts, in order: the guide's reading order (site-absolute paths). */
export function readingOrderFrom(readHtml: string): string[] {
  return [...readHtml.matchAll(/class="read-link"[^>]*><a href="([^"]+)"/g)].map((match) => match[1]!);
}

/** Pages in reading order first, then the rest by address. */
export function inReadingOrder(pages: readonly GuidePageEntry[], order: readonly string[]): GuidePageEntry[] {
  const rank = (url: string) => {
    const at = order.indexOf(url);
    return at === -1 ? order.length : at;
  };
  return [...pages].sort((a, b) => rank(a.url) - rank(b.url) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * Titles made distinct for a list: /read/ carries the article's title, as the home page does,
 * so it is named for what it is, as the guide map names it.
 */
export function listTitleOf(url: string, title: string, scope: string): string {
  return url === `${scope}read/` ? 'The whole guide on one page' : title;
}
