import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** Starts the fragment that carries the record a page of a seeded context loads with. */
const SEED = '#stored-record=';

/**
 * A new browser context in which `gotoWithRecord` loads a page that starts with
 * `localStorage[key]` = a given record, written by an init script in the page's own renderer
 * before any page script runs (a write then a reload can race Chromium's storage service for
 * large values). One context serves several records, one per load: a kept page cannot take an
 * init script, and a context per record costs the browser far more than a page load. Other
 * loads leave storage alone, so the next load reads what a page then saved.
 */
export async function seededContext(
  browser: { newContext(options?: BrowserContextOptions): Promise<BrowserContext> },
  key: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript(
    ([k, seed]) => {
      if (!location.hash.startsWith(seed!)) return;
      localStorage.setItem(k!, decodeURIComponent(location.hash.slice(seed!.length)));
      // The page never sees the fragment, as if it had been opened at `url`.
      history.replaceState(history.state, '', location.pathname + location.search);
    },
    [key, SEED],
  );
  return context;
}

/**
 * Loads `url` (with no fragment) in a page of a `seededContext`, with `record` stored first.
 * The record rides in the fragment, not the query: the test server refuses long request lines.
 */
export async function gotoWithRecord(page: Page, url: string, record: string): Promise<void> {
  // From a blank page: from the same URL, a goto that only changes the fragment loads nothing.
  await page.goto('about:blank');
  await page.goto(`${url}${SEED}${encodeURIComponent(record)}`);
}
