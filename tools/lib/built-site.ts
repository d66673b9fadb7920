import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';

/**
 * The production build as files on disk, for the gates that read dist/ rather than load
 * pages: every HTML page with its site-relative path, the sitemap, and a parsed DOM (the
 * same parser html-validate validates with, so what the link gate reads is what passed).
 */
export interface BuiltPage {
  /** Site-relative URL path, base stripped: `/`, `/technical-track/`, `/404.html`. */
  path: string;
  /** Absolute path of the HTML file. */
  file: string;
  html: string;
}

/** Every `.html` file under `dist`, as site-relative paths (`dir/index.html` → `/dir/`). */
export function builtPages(dist: string): BuiltPage[] {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  return files
    .map((file) => {
      const rel = `/${file.split(sep).join('/')}`;
      const path = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
      return { path, file: join(dist, file), html: readFileSync(join(dist, file), 'utf8') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The file a site-relative URL path is served from, the way a static host resolves it
 * (`/a/` → `a/index.html`, `/a` → `a/index.html` or `a`), or undefined when none is.
 */
export function fileFor(dist: string, path: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.split('/').includes('..')) return undefined;
  const target = join(dist, decoded);
  if (relative(dist, target).startsWith('..')) return undefined;
  if (existsSync(target) && statSync(target).isDirectory()) {
    const index = join(target, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(target) ? target : undefined;
}

/** The page URLs listed by the sitemap index and the sitemaps it names (absolute URLs). */
export function sitemapUrls(dist: string, site: string): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.trim());
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  return locs(index).flatMap((sitemap) => {
    const path = new URL(sitemap).pathname.slice(new URL(site).pathname.length);
    return locs(readFileSync(join(dist, path), 'utf8'));
  });
}

/** The sitemap's pages as site-relative paths, plus the 404: the pages a reader can land on. */
export function landingPaths(dist: string, site: string): string[] {
  const sitePath = new URL(site).pathname;
  return [
    ...sitemapUrls(dist, site).map((url) => `/${new URL(url).pathname.slice(sitePath.length)}`),
    '/404.html',
  ];
}

let parser: Parser | undefined;

/** Parses built HTML into html-validate's DOM (querySelectorAll, getAttribute). */
export async function parseHtml(html: string): Promise<HtmlElement> {
  if (!parser) {
    const config = await new StaticConfigLoader({ extends: ['html-validate:recommended'] }).getConfigFor(
      'page.html',
    );
    parser = new Parser(config);
  }
  return parser.parseHtml(html);
}

/**
 * The first page of each kind among `paths`, in their order, so a check of every template (the
 * bench's Lighthouse runs, the type budget gate) covers a new kind of page without a list to
 * edit. Guide pages are told apart by the `kind-…` class the layout puts on them (home, track,
 * pro, con, third-way, reflection); every other page by its first path segment (compare, search…).
 * Keyed by kind, so a caller can check the kinds it expects: a changed hook would collapse them.
 */
export async function onePageOfEachKind(pages: BuiltPage[], paths: string[]): Promise<Map<string, string>> {
  const kinds = new Map<string, string>();
  for (const path of paths) {
    const page = pages.find((candidate) => candidate.path === path);
    if (!page) continue;
    const guide = (await parseHtml(page.html)).querySelector('.guide-page');
    const kind = guide
      ? (String(guide.getAttribute('class')?.value ?? '').match(/\bkind-([\w-]+)/)?.[1] ?? 'guide')
      : (path.split('/')[1]?.replace(/\.html$/, '') ?? '');
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return kinds;
}
