import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchChromium } from '../../tools/lib/chromium';
import { watchForErrors } from './console-watch';

/**
 * One Chromium per test file, closed after it. `open(path)` gives a fresh page (own
 * context, so no storage leaks between tests) at a site-relative path. Any console error,
 * uncaught exception or CSP violation on a page opened that way fails the test.
 */
export function useBrowser() {
  let browser: Browser;
  const siteUrl = inject('siteUrl');
  let watched: string[][] = [];
  afterEach(() => {
    const errors = watched.flat();
    watched = [];
    expect(errors, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
  });
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const urlOf = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
  return {
    siteUrl,
    urlOf,
    /** Site-relative path of a page URL (`/technical-track/`), whatever the base. */
    pathOf: (url: string) => `/${new URL(url).pathname.slice(new URL(siteUrl).pathname.length)}`,
    async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser.newContext(options);
      watched.push(await watchForErrors(context));
      const page = await context.newPage();
      await page.goto(urlOf(path));
      return page;
    },
    get browser() {
      return browser;
    },
  };
}
