import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { brokenLinks } from '../support/link-check';

const root = 'https://example.org/guide/';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A built site in a temporary folder: its pages (path → body HTML) plus a sitemap of the indexable ones. */
function site(pages: Record<string, string>, options: { ogUrl?: (url: string) => string } = {}): string {
  const dist = mkdtempSync(join(tmpdir(), 'link-check-'));
  dirs.push(dist);
  const urls: string[] = [];
  for (const [path, body] of Object.entries(pages)) {
    const url = new URL(path.slice(1), root).href;
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    mkdirSync(dirname(file), { recursive: true });
    const indexable = path.endsWith('/');
    if (indexable) urls.push(url);
    const head = indexable
      ? `<link rel="canonical" href="${url}"><meta property="og:url" content="${options.ogUrl?.(url) ?? url}">`
      : '';
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`,
    );
  }
  writeFileSync(
    join(dist, 'sitemap-index.xml'),
    `<sitemapindex><sitemap><loc>${root}sitemap-0.xml</loc></sitemap></sitemapindex>`,
  );
  writeFileSync(
    join(dist, 'sitemap-0.xml'),
    `<urlset>${urls.map((url) => `<url><loc>${url}</loc></url>`).join('')}</urlset>`,
  );
  return dist;
}

describe('brokenLinks', () => {
  test('finds nothing wrong with a site whose links, anchors and sitemap all agree', async () => {
    const dist = site({
      '/': '<a href="/guide/a/#part">A</a>',
      '/a/': '<h2 id="part">Part</h2><a href="../">home</a>',
      '/404.html': '<a href="/guide/">home</a>',
    });
    await expect(brokenLinks(dist, root)).resolves.toEqual([]);
  });

  test('reports a link to a page that is not in the build', async () => {
    const dist = site({ '/': '<a href="/guide/missing/">?</a>' });
    await expect(brokenLinks(dist, root)).resolves.toEqual([
      '/: <a href="/guide/missing/"> points to /missing/, which is not in the build',
    ]);
  });

  test('reports a #fragment that is not an id on its target page', async () => {
    const dist = site({
      '/': '<a href="/guide/a/#nope">A</a><a href="#also-nope">here</a>',
      '/a/': '<h2 id="part">Part</h2>',
    });
    await expect(brokenLinks(dist, root)).resolves.toEqual([
      '/: <a href="/guide/a/#nope"> points to #nope, which is not an id on /a/',
      '/: <a href="#also-nope"> points to #also-nope, which is not an id on /',
    ]);
  });

  test('reports a link that forgets the base or the trailing slash', async () => {
    const dist = site({ '/': '<a href="/a/">no base</a><a href="/guide/a">no slash</a>', '/a/': '' });
    await expect(brokenLinks(dist, root)).resolves.toEqual([
      '/: <a href="/a/"> is outside the base /guide/',
      '/: <a href="/guide/a"> names a page without its trailing slash (the site uses trailingSlash: always)',
    ]);
  });

  test('reports an og:url that disagrees with the canonical URL', async () => {
    const dist = site({ '/': '' }, { ogUrl: () => 'https://example.org/elsewhere/' });
    await expect(brokenLinks(dist, root)).resolves.toEqual([
      '/: <meta content="https://example.org/elsewhere/"> is outside the base /guide/',
      '/: og:url "https://example.org/elsewhere/" differs from the canonical URL https://example.org/guide/',
    ]);
  });

  test('follows a meta refresh, so a short link to a missing section is reported', async () => {
    const dist = site({
      '/': '<meta http-equiv="refresh" content="0; url=/guide/a/#gone">',
      '/a/': '<h2 id="part">Part</h2>',
    });
    await expect(brokenLinks(dist, root)).resolves.toEqual([
      '/: <meta content="/guide/a/#gone"> points to #gone, which is not an id on /a/',
    ]);
  });

  test('ignores external links and non-web schemes', async () => {
    const dist = site({
      '/': '<a href="https://elsewhere.example/x/#y">x</a><a href="mailto:me@example.org">mail</a>',
    });
    await expect(brokenLinks(dist, root)).resolves.toEqual([]);
  });
});
