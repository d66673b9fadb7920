import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launchFirefox, pollPage, watchPage } from '../support/firefox';
import { offlineDeploys } from '../support/offline-deploys';

/*
 * The guide with no connection in a second engine (issue 22): Debian's Firefox ESR over
 * WebDriver BiDi. ESR 140 refuses `Function()` under the page's CSP, which puppeteer's
 * waitForFunction and waitForSelector use, so every wait here polls from Node. Going offline
 * is the host becoming unreachable (offlineDeploys' `setDown`): BiDi has no offline switch here.
 */

let browser: Browser;
let deploys: Awaited<ReturnType<typeof offlineDeploys>>;
let context: BrowserContext | undefined;
/** Uncaught exceptions in this test's pages. */
let thrown: string[] = [];

beforeAll(async () => {
  [browser, deploys] = await Promise.all([launchFirefox(), offlineDeploys()]);
});
afterAll(async () => {
  await browser?.close();
  await deploys?.close();
});
afterEach(async () => {
  deploys.setDown(false);
  await context?.close();
  context = undefined;
  const seen = thrown;
  thrown = [];
  expect(seen, 'uncaught exceptions').toEqual([]);
});

const urlOf = (path: string) => new URL(path.replace(/^\//, ''), deploys.server.url).href;

async function newTab(): Promise<Page> {
  context ??= await browser.createBrowserContext();
  const page = await context.newPage();
  watchPage(page, thrown);
  return page;
}

/** Polls `check` in the page from Node until it holds (pollPage: Firefox's CSP refuses puppeteer's own waits). */
const until = (page: Page, check: () => boolean | Promise<boolean>, what: string) =>
  pollPage(page, what, check);

/** Opens `path` and waits until the worker has kept it. */
async function openAndKeep(path: string): Promise<Page> {
  const page = await newTab();
  await page.goto(urlOf(path));
  await until(
    page,
    async () => Boolean(await caches.match(location.href.split('#')[0]!)),
    `${path} to be kept`,
  );
  return page;
}

describe('offline in Firefox', () => {
  test('a page read before opens with no connection', async () => {
    deploys.deploy('first');
    const page = await openAndKeep('/technical-track/cons/political-vulnerability/');
    deploys.setDown(true);
    await page.reload();
    await until(
      page,
      () => document.querySelector('h1')?.textContent === 'Political Vulnerability',
      'the kept page',
    );
    await page.goto(urlOf('/third-way/'));
    await until(
      page,
      () => document.querySelector('h1')?.textContent === 'This page is not on this device yet',
      'our offline page',
    );
  });

  test('search with no connection keeps every keystroke, says why in a reader’s words, and stays put', async () => {
    deploys.deploy('first');
    const page = await openAndKeep('/technical-track/pros/deep-impact/');
    // The offline code is there (it says why search cannot open).
    await until(page, () => document.querySelector('nav offline-save') !== null, 'the offline code');
    deploys.setDown(true);
    const before = page.url();
    await page.keyboard.press('/');
    await page.keyboard.type('promotion');
    await until(
      page,
      () =>
        document
          .querySelector('dialog[open] .offline-search-note')
          ?.textContent?.startsWith('Search needs a connection the first time') === true,
      'the reader to be told why',
    );
    await expect(
      page.evaluate(() => document.querySelector<HTMLInputElement>('dialog[open] input')?.value),
    ).resolves.toBe('promotion');
    expect(page.url()).toBe(before);
  });
});
