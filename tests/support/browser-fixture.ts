/**
 * How to write a lean e2e test (the run has a 90 s budget on a 2-core machine):
 * - Need no browser? Read the built files instead: `builtPages(distDir)` and `parseHtml` in
 *   tools/lib/built-site.ts give every page of dist/ (see article-complete, gate-html). Put
 *   pure logic in src/lib and test it in tests/unit.
 * - Need a browser: `const site = useBrowser()` at the top of the file. It connects to the run's
 *   one Chromium (tests/support/browser-server.ts); never launch your own.
 * - Most tests need no fresh browser: `site.visit(path, options)` gives the file's one page,
 *   reset between tests (storage, cookies, routes, permissions and listeners gone). A new
 *   context and page cost Chromium ~0.3 CPU-s; going to a page on a kept one ~0.1.
 * - A fresh browser is for what a kept page cannot give: a first visit (empty cache, code held
 *   back before it ever loaded), JavaScript off, a touch screen, init scripts, two tabs. Open it
 *   with `site.open(path, options)` or `site.newContext(options)` (`site.browser.newContext` is
 *   the same): it is closed when the test that made it ends.
 * - Every context is watched: any console error, uncaught exception or CSP violation fails the
 *   test that made it.
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
import { allowCopy } from './clipboard';
import { watchForErrors } from './console-watch';

/** What a kept page can be set to for a test: its size, its media, and whether it may copy. */
export interface VisitOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** Grants the clipboard for this test; `copied(page)` reads what the page copied. */
  allowCopy?: boolean;
}

/** Playwright's default viewport, which a kept page returns to when a test names none. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };
/** The page events a test may listen to; a kept page drops their listeners between tests. */
const TEST_EVENTS = [
  'console',
  'pageerror',
  'request',
  'requestfailed',
  'requestfinished',
  'response',
  'dialog',
  'framenavigated',
  'load',
  'domcontentloaded',
  'popup',
  'worker',
] as const;

/**
 * The run's shared Chromium, connected once per test file and disconnected after it (which
 * closes the file's contexts). `open(path)` gives a fresh page (own context, so no storage
 * leaks between tests) at a site-relative path. Any console error, uncaught exception or CSP
 * violation in a context made here fails the test.
 *
 * The headless shell by default; `{ browser: 'chromium' }` for a file that measures what a
 * first visit loads before the reader acts: the shell puts its mouse over each new page (a
 * `pointerover` at load), so a page fetches at once the code a reader's first move would.
 */
export function useBrowser({
  browser: engine = 'headless-shell',
}: { browser?: 'headless-shell' | 'chromium' } = {}) {
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
    running--;
    try {
      await resetKept();
    } finally {
      const errors = [...watched.flat(), ...keptErrors.splice(0)];
      watched = [];
      if (running === 0) {
        await Promise.all(contexts.map((context) => context.close()));
        contexts = [];
      }
      expect(errors, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
    }
  });
  beforeAll(async () => {
    connected = await chromium.connect(
      inject(engine === 'chromium' ? 'chromiumWsEndpoint' : 'browserWsEndpoint'),
    );
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

  // The file's kept page: made by the first test that visits, reset after each test that used it.
  let kept: Page | undefined;
  let keptInUse = false;
  /** The run's two served sites (at the root and under a sub-path). */
  const siteOrigins = [siteUrl, inject('subpathSiteUrl')].map((url) => new URL(url).origin);
  /** The kept context's watcher list, which goes on filling: emptied at the end of each test. */
  let keptErrors: string[] = [];
  /** Leaves the kept page as a new test should find it, if this test used it. */
  async function resetKept() {
    if (!keptInUse || !kept) return;
    keptInUse = false;
    const context = kept.context();
    if (kept.isClosed()) {
      kept = undefined;
      return;
    }
    for (const event of TEST_EVENTS) kept.removeAllListeners(event);
    await kept.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.setOffline(false);
    await context.clearPermissions();
    await Promise.all(
      context
        .pages()
        .filter((page) => page !== kept)
        .map((page) => page.close()),
    );
    await context.clearCookies();
    const origins = new Set([...siteOrigins, new URL(kept.url()).origin].filter((o) => o.startsWith('http')));
    // The tab's sessionStorage outlives navigations: cleared where the test left it.
    if (kept.url().startsWith('http')) await kept.evaluate(() => sessionStorage.clear()).catch(() => {});
    await kept.goto('about:blank');
    // The mouse back where a new page's starts. Left where a test hovered, a later hover of the
    // same point moves nothing and sends no pointerover: code waiting for the reader's first
    // move then never loads if the page's script missed the shell's own hover at load (seen
    // once under load, in deep-links).
    await kept.mouse.move(0, 0);
    // Every kind of storage of the origins it may have used. Playwright's setStorageState clears
    // too, but makes the next load cost as much as a new context; the DevTools call does not.
    const devtools = await context.newCDPSession(kept);
    for (const origin of origins)
      await devtools.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await devtools.detach();
  }
  afterAll(async () => {
    await kept?.context().close();
  });
  /**
   * The file's one page at `path`, sized and themed as asked (Playwright's defaults otherwise),
   * with storage (of the served sites and the last page's origin; sessionStorage of the last
   * page's), cookies, routes, permissions and a test's listeners from earlier tests gone.
   * Its cache is warm: a test about a first visit opens a fresh page with `open`. A test may
   * visit several paths; tests that visit run one after another (not `test.concurrent`).
   */
  async function visit(path: string, options: VisitOptions = {}): Promise<Page> {
    if (running > 1) throw new Error('site.visit: the kept page is for tests that run one after another');
    if (!kept) {
      const context = await connected.newContext({ serviceWorkers: 'block' });
      keptErrors = await watchForErrors(context);
      kept = await context.newPage();
    }
    keptInUse = true;
    await kept.setViewportSize(options.viewport ?? DEFAULT_VIEWPORT);
    await kept.emulateMedia({
      media: null,
      colorScheme: options.colorScheme ?? 'light',
      reducedMotion: options.reducedMotion ?? 'no-preference',
    });
    if (options.allowCopy) await allowCopy(kept.context(), new URL(siteUrl).origin);
    // A visit is a page load: going to a fragment of the page shown would only scroll.
    const withoutHash = (url: string) => url.split('#')[0];
    if (withoutHash(kept.url()) === withoutHash(urlOf(path))) await kept.goto('about:blank');
    await kept.goto(urlOf(path));
    return kept;
  }

  return {
    siteUrl,
    urlOf,
    /** Site-relative path of a page URL (`/technical-track/`), whatever the base. */
    pathOf: (url: string) => `/${new URL(url).pathname.slice(new URL(siteUrl).pathname.length)}`,
    newContext,
    visit,
    async open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      const page = await (await newContext(options)).newPage();
      await page.goto(urlOf(path));
      return page;
    },
    browser,
  };
}
