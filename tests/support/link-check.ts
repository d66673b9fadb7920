import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, fileFor, parseHtml, sitemapUrls } from '../../tools/lib/built-site';

/** Attributes that point at another resource, by element. */
const linkAttributes: ReadonlyArray<[selector: string, attribute: string]> = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['script[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
  ['meta[http-equiv="refresh"]', 'content'],
];

/** The URL an attribute points at: a meta refresh's `content` is "0; url=…". */
const urlIn = (selector: string, value: string) =>
  selector.includes('refresh') ? (value.match(/url\s*=\s*['"]?([^'"]+)/i)?.[1] ?? '') : value;

/**
 * Every broken internal link of a built site, as "page: reason" lines (empty when all is
 * well). `root` is where the site is served: `site` + `base`, e.g. `https://me.github.io/guide/`.
 *
 * Checks that each internal URL in every page (links, assets, canonical, og:url, og:image):
 * stays under the base, ends in a slash when it names a page (the site uses
 * trailingSlash 'always'), is a file in dist/, and that its #fragment is an id on the target
 * page. Then that the sitemap, canonical and og:url agree: every sitemap URL is a page whose
 * canonical is itself, every canonical names a page in the sitemap, og:url equals the canonical.
 */
export async function brokenLinks(dist: string, root: string): Promise<string[]> {
  const rootUrl = new URL(root);
  const problems: string[] = [];
  const pages = builtPages(dist);
  const idsByFile = new Map<string, Set<string>>();
  const canonicals = new Map<string, string>();

  const idsOf = async (file: string): Promise<Set<string>> => {
    const known = idsByFile.get(file);
    if (known) return known;
    const dom = await parseHtml(readFileSync(file, 'utf8'));
    const names = dom.querySelectorAll('a[name]').map((el) => String(el.getAttribute('name')?.value ?? ''));
    const ids = new Set([...dom.querySelectorAll('[id]').map((el) => el.id ?? ''), ...names]);
    idsByFile.set(file, ids);
    return ids;
  };

  /** Site-relative path of an internal URL, or a reason it cannot be one. */
  const sitePathOf = (url: URL): { path: string } | { reason: string } =>
    url.pathname.startsWith(rootUrl.pathname)
      ? { path: `/${url.pathname.slice(rootUrl.pathname.length)}` }
      : { reason: `is outside the base ${rootUrl.pathname}` };

  for (const page of pages) {
    const pageUrl = new URL(page.path.slice(1), rootUrl);
    const dom = await parseHtml(page.html);
    const report = (what: string, reason: string) => problems.push(`${page.path}: ${what} ${reason}`);

    for (const [selector, attribute] of linkAttributes) {
      for (const element of dom.querySelectorAll(selector)) {
        const value = element.getAttribute(attribute)?.value;
        if (typeof value !== 'string') continue;
        const raw = urlIn(selector, value);
        const what = `<${element.tagName} ${attribute}="${raw}">`;
        let url: URL;
        try {
          url = new URL(raw, pageUrl);
        } catch {
          report(what, 'is not a URL');
          continue;
        }
        if (!/^https?:$/.test(url.protocol) || url.origin !== rootUrl.origin) continue;
        const located = sitePathOf(url);
        if ('reason' in located) {
          report(what, located.reason);
          continue;
        }
        const file = fileFor(dist, located.path);
        if (!file) {
          report(what, `points to ${located.path}, which is not in the build`);
          continue;
        }
        if (file.endsWith('index.html') && !located.path.endsWith('/')) {
          report(what, 'names a page without its trailing slash (the site uses trailingSlash: always)');
        }
        const fragment = url.hash.slice(1);
        if (fragment && file.endsWith('.html')) {
          let id = fragment;
          try {
            id = decodeURIComponent(fragment);
          } catch {
            /* an undecodable fragment is compared as written */
          }
          if (!(await idsOf(file)).has(id))
            report(what, `points to #${id}, which is not an id on ${located.path}`);
        }
      }
    }

    const canonical = dom.querySelector('link[rel="canonical"]')?.getAttribute('href')?.value;
    const ogUrl = dom.querySelector('meta[property="og:url"]')?.getAttribute('content')?.value;
    if (typeof canonical === 'string') {
      canonicals.set(page.path, canonical);
      if (typeof ogUrl === 'string' && ogUrl !== canonical)
        report(`og:url "${ogUrl}"`, `differs from the canonical URL ${canonical}`);
    } else if (typeof ogUrl === 'string' && ogUrl !== pageUrl.href) {
      report(`og:url "${ogUrl}"`, `is not the page's own URL ${pageUrl.href}`);
    }
  }

  const sitemap = sitemapUrls(dist, root);
  const inSitemap = new Set(sitemap);
  for (const url of sitemap) {
    const located = sitePathOf(new URL(url));
    if ('reason' in located) {
      problems.push(`sitemap: ${url} ${located.reason}`);
      continue;
    }
    const file = fileFor(dist, located.path);
    if (!file) {
      problems.push(`sitemap: ${url} is not a page in the build`);
      continue;
    }
    const page = pages.find((candidate) => candidate.file === file);
    const canonical = page && canonicals.get(page.path);
    if (canonical !== url)
      problems.push(`sitemap: ${url} has canonical ${canonical ?? '(none)'}, not itself`);
  }
  for (const [path, canonical] of canonicals) {
    // A short-link page's canonical may name a section (#id, checked above): its page must be listed.
    const page = canonical.split('#')[0]!;
    if (!inSitemap.has(page)) problems.push(`${path}: canonical ${canonical} is not a page in the sitemap`);
  }

  const robots = join(dist, 'robots.txt');
  if (existsSync(robots)) {
    for (const [, url = ''] of readFileSync(robots, 'utf8').matchAll(/^Sitemap:\s*(\S+)/gim)) {
      const located = sitePathOf(new URL(url));
      if ('reason' in located || !fileFor(dist, located.path))
        problems.push(`robots.txt: Sitemap ${url} is not in the build under ${root}`);
    }
  }
  return problems;
}
