import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ALIAS_CLASS } from '../../src/lib/anchorAliases.ts';
import { parseSectionList } from '../../src/lib/sectionList.ts';
import type { PublishedUrls } from '../../src/lib/urlContract.ts';

/** Decodes the entities Astro writes inside attribute values. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every `index.html` under a directory, as site-relative page paths (`/`, `/a/b/`). */
function pagePaths(dir: string, root = dir): string[] {
  const paths: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) paths.push(...pagePaths(full, root));
    else if (name === 'index.html') {
      const rel = relative(root, dir).split(sep).join('/');
      paths.push(rel ? `/${rel}/` : '/');
    }
  }
  return paths.sort();
}

/**
 * The section ids a built page declares, in page order: on its `<section-share>` element,
 * or, on a page with no script of its own (/read/), on its `<article>`.
 */
export function declaredSectionIds(html: string): string[] {
  const match = /<(?:section-share|article)\b[^>]*\sdata-sections="([^"]*)"/.exec(html);
  return match?.[1] ? Object.keys(parseSectionList(decodeAttribute(match[1]))) : [];
}

/** Every id attribute in a page's HTML. */
export function idsIn(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeAttribute(m[1]!));
}

/** The page a short link page forwards to (`/a/#id`, without the deploy base). */
export function forwardOf(html: string, base: string): string | undefined {
  const match = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html);
  if (!match?.[1]) return undefined;
  const url = decodeAttribute(match[1]);
  const trimmedBase = base.replace(/\/$/, '');
  return url.startsWith(trimmedBase) ? url.slice(trimmedBase.length) : url;
}

/**
 * What a build in `dist` publishes, in the URL contract's terms. Redirect pages for moved
 * pages (`skip`) are not pages of their own; short link pages are listed as short links.
 */
export function publishedUrls(
  dist: string,
  options: { base: string; skip?: readonly string[] },
): PublishedUrls {
  const pages: Record<string, string[]> = {};
  const shortLinks: Record<string, string> = {};
  const aliases: string[] = [];
  for (const path of pagePaths(dist)) {
    if (options.skip?.includes(path)) continue;
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const short = /^\/s\/([^/]+)\/$/.exec(path)?.[1];
    if (short) {
      const forward = forwardOf(html, options.base);
      if (forward) shortLinks[short] = forward;
      continue;
    }
    pages[path] = declaredSectionIds(html);
    for (const m of html.matchAll(new RegExp(`<span id="([^"]+)" class="${ALIAS_CLASS}"`, 'g')))
      aliases.push(`${path}#${m[1]}`);
  }
  return { pages, shortLinks, aliases };
}
