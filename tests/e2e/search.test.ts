import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { distDir } from '../../tools/lib/paths';
import { readingOrder } from '../../src/lib/readingOrder';
import { pathOf } from '../../src/lib/routes';
import { realGuidePages } from '../support/guide-pages';

const site = useBrowser();

/** Requests that belong to search: Pagefind's bundle and our on-demand code and styles. */
const isSearchFile = (url: string) => /\/pagefind\/|\/on-demand-[^/]*\.js|\/search\.[^/]*\.css/.test(url);

/** A fresh page that records console errors and every request, opened at `path`. */
async function watched(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(site.urlOf(path));
  return { page, errors, requests, close: () => context.close() };
}

const input = (page: Page) => page.locator('pagefind-input input');
/** The page link of each result, in rank order, as site-relative paths with query and hash. */
const resultLinks = (page: Page) =>
  page.$$eval('pagefind-results .pf-result-link', (links) =>
    links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).search),
  );
const subResultLinks = (page: Page) =>
  page.$$eval('pagefind-results .pf-heading-link', (links) =>
    links.map((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash),
  );

/** The result count the status line announces ("3 results for …"), once it names `term`. */
async function resultCount(page: Page, term: string): Promise<number> {
  const handle = await page.waitForFunction((t) => {
    const text = document.querySelector('pagefind-summary')?.textContent ?? '';
    return text.includes(t) && !text.startsWith('Searching') ? text : undefined;
  }, term);
  const summary = (await handle.jsonValue()) as string;
  return summary.startsWith('No') || summary.startsWith('0') ? 0 : Number(summary.match(/\d+/)?.[0] ?? 0);
}

/** Types a query and waits for its results to be drawn (Pagefind fills them in lazily). */
async function searchFor(page: Page, query: string): Promise<number> {
  await input(page).fill(query);
  const count = await resultCount(page, query);
  if (count > 0)
    await page.waitForFunction(
      () => document.querySelectorAll('pagefind-results .pf-result-link').length > 0,
    );
  return count;
}

async function openDialogAndSearch(page: Page, query: string): Promise<number> {
  await page.locator('site-search a').click();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.matches('pagefind-input input')))
    .toBe(true);
  return searchFor(page, query);
}

describe('search index', () => {
  test('indexes each passage once: list pages do not repeat their pros and cons', async () => {
    const { page, errors, close } = await watched('/');
    await openDialogAndSearch(page, 'Gordian knots');
    await expect(resultLinks(page)).resolves.toEqual(['/technical-track/?highlight=gordian&highlight=knots']);
    await searchFor(page, 'soft power');
    expect(await resultLinks(page)).toHaveLength(1);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('search dialog', () => {
  test('a content page loads no search code until the reader searches', async () => {
    const { page, requests, errors, close } = await watched('/technical-track/cons/political-vulnerability/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isSearchFile)).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => requests.filter(isSearchFile).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('"soft power" finds the political-vulnerability passage first, linking to its page', async () => {
    const { page, errors, close } = await watched('/');
    await openDialogAndSearch(page, 'soft power');
    const [first] = await resultLinks(page);
    expect(first).toBe('/technical-track/cons/political-vulnerability/?highlight=soft&highlight=power');
    const marked = await page.locator('pagefind-results .pf-result').first().locator('mark').allInnerTexts();
    expect(marked.join(' ')).toMatch(/soft power/);
    expect(errors).toEqual([]);
    await close();
  });

  test('"delegate" finds the let-go question, with its section as a sub-result', async () => {
    const { page, errors, close } = await watched('/');
    await openDialogAndSearch(page, 'delegate');
    expect((await resultLinks(page))[0]).toMatch(/^\/reflection\//);
    expect(await subResultLinks(page)).toContain('/reflection/#are-you-willing-to-let-go');
    expect(errors).toEqual([]);
    await close();
  });

  test('a track filter chip narrows the results to that track', async () => {
    const { page, errors, close } = await watched('/');
    const all = await openDialogAndSearch(page, 'technical');
    const chip = page.getByRole('button', { name: /^Management/ });
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => resultCount(page, 'technical')).toBeLessThan(all);
    const filtered = await resultCount(page, 'technical');
    expect(filtered).toBeGreaterThan(0);
    // Read once the list is redrawn for the filter: as many links as the count says, every one
    // on the management track (an empty or stale list would not do).
    await expect
      .poll(async () => {
        const links = await resultLinks(page);
        return links.length === filtered && links.every((link) => link.startsWith('/management-track/'));
      })
      .toBe(true);
    await chip.click();
    await expect.poll(() => resultCount(page, 'technical')).toBe(all);
    expect(errors).toEqual([]);
    await close();
  });

  test('a search with no results suggests topics that have some', async () => {
    const { page, errors, close } = await watched('/');
    await openDialogAndSearch(page, 'xylophone');
    const help = page.locator('search-suggestions');
    await expect.poll(() => help.isVisible()).toBe(true);
    await expect(help.innerText()).resolves.toContain('Nothing in the guide matches “xylophone”');
    await help.getByRole('button', { name: 'promotion' }).click();
    await expect.poll(async () => (await resultLinks(page)).length).toBeGreaterThan(0);
    await expect.poll(() => help.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });

  test('works from the keyboard alone: Ctrl+K, type, arrow down, Enter', async () => {
    const { page, errors, close } = await watched('/third-way/');
    await page.keyboard.press('Control+K');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('pagefind-input input')))
      .toBe(true);
    await page.keyboard.type('promotion path');
    await resultCount(page, 'promotion path');
    await page.waitForFunction(
      () => document.querySelectorAll('pagefind-results .pf-result-link').length > 0,
    );
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    expect(focused).toMatch(/promotion/);
    await page.keyboard.press('ArrowUp');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('pagefind-input input')))
      .toBe(true);
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.pathname === focused), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
    await close();
  });

  test('Escape closes the dialog and puts focus back on the search button', async () => {
    const { page, errors, close } = await watched('/management-track/');
    const button = page.locator('site-search a');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('pagefind-input input')))
      .toBe(true);
    await page.keyboard.type('politics');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('dialog.pf-modal').evaluate((dialog) => (dialog as HTMLDialogElement).open))
      .toBe(false);
    await expect.poll(() => button.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });
});

/**
 * What these URLs weigh as a gzip-serving host sends them: text files gzipped, Pagefind's
 * index files (already compressed) as they are. Our test server does not compress.
 */
function gzipBytes(urls: string[]): number {
  return urls.reduce((total, url) => {
    const path = decodeURIComponent(new URL(url).pathname.slice(new URL(site.siteUrl).pathname.length));
    const file = readFileSync(join(distDir, path.endsWith('/') || path === '' ? `${path}index.html` : path));
    return (
      total + (/\.(js|css|json|html)$|\/$/.test(path) ? gzipSync(file, { level: 9 }).length : file.length)
    );
  }, 0);
}

describe('search budget', () => {
  test('a first search costs at most 150 KB and each further query at most 20 KB (gzip)', async () => {
    const { page, requests, close } = await watched('/');
    await page.waitForLoadState('networkidle');
    requests.length = 0;
    await openDialogAndSearch(page, 'soft power');
    await page.waitForLoadState('networkidle');
    const first = gzipBytes(requests.filter((url) => !url.startsWith('data:')));
    requests.length = 0;
    await searchFor(page, 'promotion');
    await page.waitForLoadState('networkidle');
    const second = gzipBytes(requests.filter((url) => !url.startsWith('data:')));
    console.log(`search: first search ${first} B, second query ${second} B (gzip)`);
    expect(first).toBeLessThanOrEqual(150 * 1024);
    expect(second).toBeLessThanOrEqual(20 * 1024);
    await close();
  });
});

describe('landing from a result', () => {
  test('following a result lands on the passage with the terms highlighted, and the highlight can be cleared', async () => {
    const { page, errors, close } = await watched('/');
    await openDialogAndSearch(page, 'soft power');
    await Promise.all([
      page.waitForURL(/political-vulnerability/),
      page.locator('pagefind-results .pf-result-link').first().click(),
    ]);
    const marks = page.locator('article mark.search-highlight');
    await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(2);
    await expect(marks.allInnerTexts()).resolves.toEqual(expect.arrayContaining(['soft', 'power']));
    await page.getByRole('button', { name: 'Clear highlight' }).click();
    await expect.poll(() => marks.count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await close();
  });

  test('hostile highlight terms are capped and only ever marked as text', async () => {
    const terms = Array.from(
      { length: 50 },
      (_, i) => `highlight=${i % 2 ? '<img src=x onerror=alert(1)>' : 'craftsman'}`,
    ).join('&');
    const { page, errors, close } = await watched(`/technical-track/?${terms}`);
    await expect.poll(() => page.locator('article mark.search-highlight').count()).toBeGreaterThan(0);
    await expect(page.locator('article img').count()).resolves.toBe(0);
    expect(new URL(page.url()).searchParams.getAll('highlight')).toEqual([
      'craftsman',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the search page', () => {
  test('/search/?q=promotion shows results on load, and the address follows the query', async () => {
    const { page, errors, close } = await watched('/search/?q=promotion');
    await page.waitForFunction(() => document.querySelectorAll('search-page .pf-result-link').length > 0);
    await expect(input(page).inputValue()).resolves.toBe('promotion');
    expect(
      (await resultLinks(page)).some((link) =>
        link.startsWith('/technical-track/cons/unclear-promotion-path/'),
      ),
    ).toBe(true);
    await input(page).fill('C-suite');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('C-suite');
    expect(errors).toEqual([]);
    await close();
  });

  test('a hostile ?q= is searched as plain text', async () => {
    const { page, errors, close } = await watched(
      `/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`,
    );
    await page.waitForFunction(() =>
      document.querySelector('pagefind-summary')?.textContent?.includes('<img'),
    );
    await expect(page.locator('main img').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  test('without JavaScript it lists every topic and says search needs JavaScript', async () => {
    const { page, close } = await watched('/search/', { javaScriptEnabled: false });
    await expect(page.locator('search-page').innerText()).resolves.toContain('Search needs JavaScript');
    // Every page of the guide, in reading order.
    const topics = await page
      .locator('main ul a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(topics.map(site.pathOf)).toEqual(readingOrder(realGuidePages()).map((guide) => pathOf(guide.id)));
    await expect(page.locator('site-search a').getAttribute('href')).resolves.toMatch(/\/search\/$/);
    await close();
  });
});
