/**
 * How to write a lean e2e test (the run has a 90 s budget on a 2-core machine):
 * - Need no browser? Read the built files instead: `builtPages(distDir)` and `parseHtml` in
 *   tools/lib/built-site.ts give every page of dist/ (see article-complete, gate-html). Put
 *   pure logic in src/lib and test it in tests/unit.
 * - Need a browser: `const site = useBrowser()` at the top of the file. It connects to the run's
 *   one Chromium (tests/support/browser-server.ts); never launch your own.
 * - Open pages with `site.open(path, options)` or contexts with `site.newContext(options)`
 *   (`site.browser.newContext` is the same): every context is watched, and any console error,
 *   uncaught exception or CSP violation fails the test that made it; it is closed when that
 *   test ends.
 * - Load a page once and assert many things on it; loop over pages inside one test with one
 *   page object (`page.goto` again) rather than a context per page.
 * - Never sleep (`waitForTimeout`): wait for the condition (`expect.poll`, `page.waitForURL`,
 *   `locator.waitFor`, a `page.evaluate` that resolves on the event you expect).
 * - Builds are shared: the production build is served at `site.siteUrl`; do not run another
 *   `astro build` in a test unless the test is about the build itself.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { watchForErrors } from './console-watch';

/**
 * The run's shared Chromium, connected once per test file and disconnected after it (which
 * closes the file's contexts). `open(path)` gives a fresh page (own context, so no storage
 * leaks between tests) at a site-relative path. Any console error, uncaught exception or CSP
 * violation in a context made here fails the test.
 */
export function useBrowser() {
  let connected: Browser;
  const siteUrl = inject('siteUrl');
  let watched: string[][] = [];
  // Contexts close when the tests that made them end (all of them, for tests run concurrently):
  // left open, their pages (a focused field's blinking caret, observers, timers) would go on
  // using the CPU beside every later test of the file.
  let contexts: BrowserContext[] = [];
  let running = 0;
  beforeEach(() => {
    running++;
  });
  afterEach(async () => {
    const errors = watched.flat();
    watched = [];
    if (--running === 0) {
      await Promise.all(contexts.map((context) => context.close()));
      contexts = [];
    }
    expect(errors, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
  });
  beforeAll(async () => {
    connected = await chromium.connect(inject('browserWsEndpoint'));
  });
  afterAll(async () => {
    await connected?.close();
  });
  /**
   * A new context with the console-error watcher on it. Its pages register no service worker
   * unless a test asks (`serviceWorkers: 'allow'`): each reader here is on a first visit, and
   * Playwright's `route` cannot hold a request that a worker answers, so a worker claiming the
   * page after load would let held code through (the offline tests, offline.test.ts, test
   * the worker itself).
   */
  const newContext = async (options: BrowserContextOptions = {}): Promise<BrowserContext> => {
    const context = await connected.newContext({ serviceWorkers: 'block', ...options });
    contexts.push(context);
    watched.push(await watchForErrors(context));
    return context;
  };
  /** The browser, with `newContext` watched, so tests that make their own contexts are covered too. */
  const browser = new Proxy({} as Browser, {
    get: (_, key) => {
      if (key === 'newContext') return newContext;
      const value: unknown = Reflect.get(connected, key, connected);
      return typeof value === 'function' ? value.bind(connected) : value;
    },
  });
  const urlOf = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
  return {
    siteUrl,
    urlOf,
    /** Site-relative path of a page URL (`/technical-track/`), whatever the base. */
    pathOf: (url: string) => `/${new URL(url).pathname.slice(new URL(siteUrl).pathname.length)}`,
    newContext,
    async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      const page = await (await newContext(options)).newPage();
      await page.goto(urlOf(path));
      return page;
    },
    browser,
  };
}
