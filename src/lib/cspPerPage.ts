import { inlineTextHashes } from './inlineHashes.ts';

const cspMeta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const inlineStyle = /<style[^>]*>([\s\S]*?)<\/style>/g;

const hashesOf = (html: string, element: RegExp) =>
  new Set(
    inlineTextHashes([...html.matchAll(element)].map((match) => match[1] ?? '')).map((hash) => `'${hash}'`),
  );

/**
 * Narrows a built page's Content-Security-Policy to the inline scripts and styles that page
 * holds. Astro lists the hash of every inline script and style of the whole site on every page
 * (26 on /compare/, 7 of them its own): each is ~50 bytes that gzip cannot shrink. A hash is
 * only ever removed, never added, so a page whose inline code the site-wide policy did not
 * allow stays blocked (and the CSP gate says so).
 */
export function cspForPage(html: string): string {
  const meta = html.match(cspMeta);
  if (!meta) return html;
  const onPage: Record<string, Set<string>> = {
    'script-src': hashesOf(html, inlineScript),
    'style-src': hashesOf(html, inlineStyle),
  };
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const kept = onPage[name];
      if (!kept) return directive;
      const narrowed = sources.filter((source) => !source.startsWith("'sha256-") || kept.has(source));
      return directive.replace(/\S[\s\S]*/, [name, ...narrowed].join(' '));
    })
    .join(';');
  return html.replace(cspMeta, (_, open: string, _policy: string, close: string) => open + policy + close);
}
