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

/** Listens to `page` for console errors, uncaught exceptions and every request it makes. */
function listen(page: Page) {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  return { errors, requests };
}

/** The file's kept page, listened to from before it loads `path`. */
async function watched(path: string) {
  const page = await site.visit('about:blank');
  const heard = listen(page);
  await page.goto(site.urlOf(path));
  return { page, ...heard };
}

/**
 * A fresh browser's page at `path`, listened to from its first request: for what a kept page
 * cannot show (a first visit, whose requests a warm cache would hide; JavaScript off).
 */
async function firstVisit(path: string, options: { javaScriptEnabled?: boolean } = {}) {
  const page = await (await site.newContext(options)).newPage();
  const heard = listen(page);
  await page.goto(site.urlOf(path));
  return { page, ...heard };
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

/** Whether the search field has the focus (the dialog opens with it there). */
const fieldFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.matches('pagefind-input input'));

describe('search dialog', () => {
  // One dialog on the home page, searched again and again as a reader does: each query waits
  // for the status line to name it, and lists are polled (the last query's may linger a moment).
  test('on the home page: each passage is indexed once, "soft power" and "delegate" rank their passages first, a track chip narrows the results, no results suggests topics, and a result leads to its highlighted passage', async () => {
    const { page, errors } = await watched('/');

    await openDialogAndSearch(page, 'Gordian knots');
    await expect
      .poll(() => resultLinks(page), {
        message: 'list pages do not repeat a passage: one result for "Gordian knots"',
      })
      .toEqual(['/technical-track/?highlight=gordian&highlight=knots']);

    await searchFor(page, 'soft power');
    await expect
      .poll(() => resultLinks(page), {
        message: '"soft power" has one result: the political-vulnerability passage',
      })
      .toEqual(['/technical-track/cons/political-vulnerability/?highlight=soft&highlight=power']);
    const marked = await page.locator('pagefind-results .pf-result').first().locator('mark').allInnerTexts();
    expect(marked.join(' '), 'the first result marks the terms').toMatch(/soft power/);

    await searchFor(page, 'delegate');
    await expect
      .poll(async () => (await resultLinks(page))[0], {
        message: '"delegate" finds the reflection questions first',
      })
      .toMatch(/^\/reflection\//);
    await expect
      .poll(() => subResultLinks(page), { message: 'the let-go question is a sub-result' })
      .toContain('/reflection/#are-you-willing-to-let-go');

    const all = await searchFor(page, 'technical');
    const chip = page.getByRole('button', { name: /^Management/ });
    await chip.click();
    await expect
      .poll(() => chip.getAttribute('aria-pressed'), { message: 'the chip shows it is on' })
      .toBe('true');
    await expect
      .poll(() => resultCount(page, 'technical'), { message: 'the chip narrows the count' })
      .toBeLessThan(all);
    const filtered = await resultCount(page, 'technical');
    expect(filtered, 'the management track has results for "technical"').toBeGreaterThan(0);
    // Read once the list is redrawn for the filter: as many links as the count says, every one
    // on the management track (an empty or stale list would not do).
    await expect
      .poll(
        async () => {
          const links = await resultLinks(page);
          return links.length === filtered && links.every((link) => link.startsWith('/management-track/'));
        },
        { message: 'every listed result is on the management track' },
      )
      .toBe(true);
    await chip.click();
    await expect
      .poll(() => resultCount(page, 'technical'), { message: 'the chip off brings all back' })
      .toBe(all);

    await searchFor(page, 'xylophone');
    const help = page.locator('search-suggestions');
    await expect.poll(() => help.isVisible(), { message: 'no results shows suggestions' }).toBe(true);
    await expect(help.innerText(), 'the suggestions say nothing matched').resolves.toContain(
      'Nothing in the guide matches “xylophone”',
    );
    await expect
      .poll(async () => (await resultLinks(page)).length, { message: 'no results lists none' })
      .toBe(0);
    await help.getByRole('button', { name: 'promotion' }).click();
    await expect
      .poll(async () => (await resultLinks(page)).length, { message: 'a suggested topic runs its search' })
      .toBeGreaterThan(0);
    await expect.poll(() => help.isVisible(), { message: 'results hide the suggestions' }).toBe(false);

    await searchFor(page, 'soft power');
    await expect
      .poll(async () => (await resultLinks(page))[0], { message: 'the list shows "soft power" again' })
      .toMatch(/political-vulnerability/);
    await Promise.all([
      page.waitForURL(/political-vulnerability/),
      page.locator('pagefind-results .pf-result-link').first().click(),
    ]);
    const marks = page.locator('article mark.search-highlight');
    await expect
      .poll(() => marks.count(), { message: 'the landing page marks the terms' })
      .toBeGreaterThanOrEqual(2);
    await expect(marks.allInnerTexts(), 'both terms are marked').resolves.toEqual(
      expect.arrayContaining(['soft', 'power']),
    );
    await page.getByRole('button', { name: 'Clear highlight' }).click();
    await expect.poll(() => marks.count(), { message: 'Clear highlight removes the marks' }).toBe(0);
    expect(new URL(page.url()).search, 'and the terms leave the address').toBe('');
    expect(errors, 'console errors').toEqual([]);
  });

  test('works from the keyboard alone: Ctrl+K, type, arrow down, Enter', async () => {
    const { page, errors } = await watched('/third-way/');
    await page.keyboard.press('Control+K');
    await expect.poll(() => fieldFocused(page), { message: 'Ctrl+K focuses the field' }).toBe(true);
    await page.keyboard.type('promotion path');
    await resultCount(page, 'promotion path');
    await page.waitForFunction(
      () => document.querySelectorAll('pagefind-results .pf-result-link').length > 0,
    );
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    expect(focused, 'arrow down focuses the first result').toMatch(/promotion/);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => fieldFocused(page), { message: 'arrow up goes back to the field' }).toBe(true);
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL((url) => url.pathname === focused), page.keyboard.press('Enter')]);
    expect(errors, 'console errors').toEqual([]);
  });

  test('Escape closes the dialog and puts focus back on the search button', async () => {
    const { page, errors } = await watched('/management-track/');
    const button = page.locator('site-search a');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => fieldFocused(page), { message: 'Enter on the button opens the dialog' })
      .toBe(true);
    await page.keyboard.type('politics');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('dialog.pf-modal').evaluate((dialog) => (dialog as HTMLDialogElement).open), {
        message: 'Escape closes the dialog',
      })
      .toBe(false);
    await expect
      .poll(() => button.evaluate((link) => link === document.activeElement), {
        message: 'focus is back on the button',
      })
      .toBe(true);
    expect(errors, 'console errors').toEqual([]);
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

describe('search on a first visit', () => {
  // A fresh browser: a warm cache would serve the search code without the requests counted here.
  test('a content page loads no search code until the reader searches; then a first search costs at most 150 KB and each further query at most 20 KB (gzip)', async () => {
    const { page, requests, errors } = await firstVisit('/technical-track/cons/political-vulnerability/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isSearchFile), 'no search code at load').toEqual([]);
    requests.length = 0;
    await page.keyboard.press('/');
    await expect
      .poll(() => requests.filter(isSearchFile).length, { message: 'pressing / asks for the search code' })
      .toBeGreaterThan(0);
    await expect
      .poll(() => fieldFocused(page), { message: 'the dialog opens with the field focused' })
      .toBe(true);
    await searchFor(page, 'soft power');
    await page.waitForLoadState('networkidle');
    const first = gzipBytes(requests.filter((url) => !url.startsWith('data:')));
    requests.length = 0;
    await searchFor(page, 'promotion');
    await page.waitForLoadState('networkidle');
    const second = gzipBytes(requests.filter((url) => !url.startsWith('data:')));
    console.log(`search: first search ${first} B, second query ${second} B (gzip)`);
    expect(first, 'the first search, gzip bytes').toBeLessThanOrEqual(150 * 1024);
    expect(second, 'a further query, gzip bytes').toBeLessThanOrEqual(20 * 1024);
    expect(errors, 'console errors').toEqual([]);
  });
});

describe('landing from a result', () => {
  // Following a result is the end of the home-page journey above.
  test('hostile highlight terms are capped and only ever marked as text', async () => {
    const terms = Array.from(
      { length: 50 },
      (_, i) => `highlight=${i % 2 ? '<img src=x onerror=alert(1)>' : 'craftsman'}`,
    ).join('&');
    const { page, errors } = await watched(`/technical-track/?${terms}`);
    await expect
      .poll(() => page.locator('article mark.search-highlight').count(), { message: 'the term is marked' })
      .toBeGreaterThan(0);
    await expect(page.locator('article img').count(), 'no markup from the address').resolves.toBe(0);
    expect(new URL(page.url()).searchParams.getAll('highlight'), 'the terms are capped').toEqual([
      'craftsman',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(errors, 'console errors').toEqual([]);
  });
});

describe('the search page', () => {
  test('/search/?q=promotion shows results on load, and the address follows the query; a hostile ?q= is searched as plain text', async () => {
    const { page, errors } = await watched('/search/?q=promotion');
    await page.waitForFunction(() => document.querySelectorAll('search-page .pf-result-link').length > 0);
    await expect(input(page).inputValue(), 'the field holds the query').resolves.toBe('promotion');
    expect(
      (await resultLinks(page)).some((link) =>
        link.startsWith('/technical-track/cons/unclear-promotion-path/'),
      ),
      'the unclear promotion path is listed',
    ).toBe(true);
    await input(page).fill('C-suite');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('q'), { message: 'the address follows the query' })
      .toBe('C-suite');

    await page.goto(site.urlOf(`/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`));
    await page.waitForFunction(() =>
      document.querySelector('pagefind-summary')?.textContent?.includes('<img'),
    );
    await expect(page.locator('main img').count(), 'a hostile query adds no markup').resolves.toBe(0);
    expect(errors, 'console errors').toEqual([]);
  });

  test('without JavaScript it lists every topic and says search needs JavaScript', async () => {
    const { page } = await firstVisit('/search/', { javaScriptEnabled: false });
    await expect(page.locator('search-page').innerText()).resolves.toContain('Search needs JavaScript');
    // Every page of the guide, in reading order.
    const topics = await page
      .locator('main ul a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(topics.map(site.pathOf)).toEqual(readingOrder(realGuidePages()).map((guide) => pathOf(guide.id)));
    await expect(page.locator('site-search a').getAttribute('href')).resolves.toMatch(/\/search\/$/);
  });
});
