import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { watchForErrors } from '../support/console-watch';
import { CHANGED_PAGE, NEW_TEXT, offlineDeploys } from '../support/offline-deploys';
import { note, ready, storedAnswers } from '../support/worksheet';
import { SEVEN_STEP_PATH } from '../../tools/lib/sample-path';
import { urlMap } from '../support/url-map';

/*
 * The guide with no connection (issue 22), in Chromium, the context going offline as a
 * train goes into a tunnel. Each test has its own deploy folder and origin (a service worker
 * lives per origin), served in turn as a host serves one deploy after another.
 */

/**
 * The run's Chromium, with the usual watch for console errors, uncaught exceptions and CSP
 * violations, but for one message: the browser's own report of a request made with no
 * connection ("Failed to load resource: net::ERR_INTERNET_DISCONNECTED"), which is what
 * these tests bring about. (useBrowser() fails a test on it.)
 */
let browser: Browser;
let contexts: { context: BrowserContext; errors: string[] }[] = [];
const OFFLINE_REQUEST = /Failed to load resource: net::(ERR_INTERNET_DISCONNECTED|ERR_FAILED)$/;
let deploys: Awaited<ReturnType<typeof offlineDeploys>>;
beforeAll(async () => {
  // The full browser: these tests time the worker against the first visit's load and paint.
  browser = await chromium.connect(inject('chromiumWsEndpoint'));
  deploys = await offlineDeploys();
});
afterAll(async () => {
  await browser?.close();
  await deploys?.close();
});
afterEach(async () => {
  const errors = contexts.flatMap(({ errors }) => errors.filter((error) => !OFFLINE_REQUEST.test(error)));
  await Promise.all(contexts.map(({ context }) => context.close()));
  contexts = [];
  expect(errors, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
});
const site = {
  async newContext() {
    const context = await browser.newContext();
    contexts.push({ context, errors: await watchForErrors(context) });
    return context;
  },
};
const urlOf = (path: string) => new URL(path.replace(/^\//, ''), deploys.server.url).href;

/** Opens `path` in a fresh context and waits until the worker is active there. */
async function openWithWorker(path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.newContext();
  const page = await context.newPage();
  await page.goto(urlOf(path));
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  return { context, page };
}

/** Whether the worker has kept `path` (any cache of this origin). */
const kept = (page: Page, path: string) =>
  page.evaluate(async (url) => Boolean(await caches.match(url)), urlOf(path));
const heading = (page: Page) => page.locator('h1').first().textContent();

describe('the worker’s place in a first visit', () => {
  test('a content page is one request until its load event; the worker’s code comes after it and after the first contentful paint, from a file', async () => {
    deploys.deploy('first');
    const context = await site.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(urlOf('/technical-track/pros/deep-impact/'), { waitUntil: 'load' });
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    const timing = await page.evaluate(() => ({
      load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
      painted: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      resources: performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, start: entry.startTime })),
    }));
    const beforeLoad = timing.resources
      .filter((entry) => entry.start < timing.load)
      .map((entry) => entry.url);
    expect(beforeLoad).toEqual([]);
    const registration = timing.resources.find((entry) =>
      /\/_astro\/offline\.[0-9a-f]+\.js$/.test(entry.url),
    );
    expect(registration?.start).toBeGreaterThanOrEqual(timing.load);
    // Lighthouse counts a request begun before the largest paint (here the first) toward LCP.
    expect(registration?.start).toBeGreaterThanOrEqual(timing.painted);
    expect(requests[0]).toBe(urlOf('/technical-track/pros/deep-impact/'));
  });

  test(`works under a sub-path deploy: the worker’s scope is the base, and a page read there opens offline`, async () => {
    const base = inject('subpathSiteUrl');
    const context = await site.newContext();
    const page = await context.newPage();
    await page.goto(new URL('third-way/', base).href);
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    expect(scope).toBe(base);
    await expect
      .poll(() =>
        page.evaluate(async (url) => Boolean(await caches.match(url)), new URL('third-way/', base).href),
      )
      .toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect(heading(page)).resolves.toBe('A Third Way?');
    await page.goto(new URL('reflection/', base).href);
    await expect(heading(page)).resolves.toBe('This page is not on this device yet');
  });

  test('the web app manifest is linked once the worker registers, not in the page as it loads, and Chromium reads it whole, under the base', async () => {
    const base = inject('subpathSiteUrl');
    const page = await (await site.newContext()).newPage();
    const response = await page.goto(new URL('third-way/', base).href);
    expect(await response!.text()).not.toContain('rel="manifest"');
    await expect.poll(() => page.locator('link[rel="manifest"]').count()).toBe(1);
    const cdp = await page.context().newCDPSession(page);
    const { url, errors, data } = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: { message: string }[];
      data?: string;
    };
    expect(url).toBe(new URL('manifest.webmanifest', base).href);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data!) as { start_url: string; scope: string; icons: unknown[] };
    expect(new URL(manifest.start_url, url).href).toBe(base);
    expect(new URL(manifest.scope, url).href).toBe(base);
    expect(manifest.icons).toHaveLength(3);
  });
});

describe('pages read with no connection', () => {
  test('two pages read before are there offline, and a page never opened shows our offline page listing them', async () => {
    deploys.deploy('first');
    const { context, page } = await openWithWorker('/technical-track/');
    // The first page loaded before any worker: it asks to be kept once the worker is there.
    await expect.poll(() => kept(page, '/technical-track/')).toBe(true);
    await page.goto(urlOf('/management-track/pros/scalable-impact/'));
    await expect.poll(() => kept(page, '/management-track/pros/scalable-impact/')).toBe(true);
    await expect(kept(page, '/third-way/')).resolves.toBe(false);
    // A short link, through the worker, still forwards to its section, and is not kept itself.
    await page.goto(urlOf('/s/deep-impact/'));
    await page.waitForURL((url) => url.pathname === '/technical-track/pros/deep-impact/');
    await expect(kept(page, '/s/deep-impact/')).resolves.toBe(false);

    await context.setOffline(true);
    await page.goto(urlOf('/technical-track/'));
    await expect(heading(page)).resolves.toContain('The Lure of the Technical Track');
    await page.goto(urlOf('/management-track/pros/scalable-impact/'));
    await expect(heading(page)).resolves.toBe('Scalable Impact');

    await page.goto(urlOf('/third-way/'));
    await expect(heading(page)).resolves.toBe('This page is not on this device yet');
    const listed = await page.locator('main ul a').allTextContents();
    // In the guide's reading order; Deep Impact was reached through the short link.
    expect(listed).toEqual([
      'The Lure of the Technical Track: The Master Craftsman',
      'Deep Impact',
      'Scalable Impact',
    ]);
    // /read/ was not kept, so the offline page does not offer it.
    await expect(page.locator('[data-offline-read]').isVisible()).resolves.toBe(false);
    await expect(axeViolations(page)).resolves.toEqual([]);
  });

  test('search with no connection and no saved guide keeps every keystroke, says why in a reader’s words, and stays put', async () => {
    deploys.deploy('first');
    const { context, page } = await openWithWorker('/technical-track/pros/deep-impact/');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await context.setOffline(true);
    const before = page.url();
    await page.keyboard.press('/');
    await page.keyboard.type('promotion');
    const field = page.locator('dialog[open] input');
    await expect
      .poll(() => page.locator('dialog[open] [role=status]').textContent())
      .toContain('Search needs a connection the first time');
    await expect(field.inputValue()).resolves.toBe('promotion');
    // Typing goes on into the same field.
    await page.keyboard.type(' path');
    await expect(field.inputValue()).resolves.toBe('promotion path');
    expect(page.url()).toBe(before);
    expect(errors).toEqual([]);
  });

  test('/search/, kept from an earlier visit, says the same in a reader’s words and keeps the field', async () => {
    deploys.deploy('first');
    const { context, page } = await openWithWorker('/search/');
    await expect.poll(() => kept(page, '/search/')).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.keyboard.type('promotion');
    const status = page.locator('.search-page-status');
    await expect.poll(() => status.textContent()).toContain('Search needs a connection the first time');
    await expect(status.textContent()).resolves.not.toMatch(/npm|build/);
    await expect(page.locator('search-page input').first().inputValue()).resolves.toBe('promotion');
  });
});

describe('Save the guide for offline reading', () => {
  test('says its size first, shows progress, then “Saved on this device”; offline, every page opens, search finds “promotion”, a 7-step path opens in full, and an answer given offline is kept', async () => {
    deploys.deploy('first');
    const { context, page } = await openWithWorker('/read/');
    const control = page.locator('article offline-save');
    await control.waitFor({ state: 'visible' });
    await expect(control.textContent()).resolves.toMatch(/about \d+ KB/);
    await expect(axeViolations(page, 'offline-save')).resolves.toEqual([]);
    // Nothing is saved until the reader asks.
    await expect(page.evaluate(() => caches.keys())).resolves.not.toContainEqual(
      expect.stringContaining('-saved-'),
    );
    const progressSeen = page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
            const state = (event.data as { state?: { progress?: { done: number; total: number } } }).state;
            if (state?.progress && state.progress.done > 0) resolve(true);
          }),
        ),
    );
    await control.getByRole('button', { name: 'Save the guide for offline reading' }).click();
    await expect(progressSeen).resolves.toBe(true);
    await expect.poll(() => control.textContent()).toContain('Saved on this device');
    await expect(control.getByRole('button', { name: 'Remove the saved guide' }).isVisible()).resolves.toBe(
      true,
    );

    await context.setOffline(true);
    // Every page a reader can open (the sitemap's: the 404 and short links are not pages to save),
    // each itself, not the offline page.
    for (const { path, title } of urlMap) {
      await page.goto(urlOf(path), { waitUntil: 'domcontentloaded' });
      expect(await page.locator('h1').first().innerText(), path).toBe(title);
    }

    await page.goto(urlOf('/technical-track/pros/deep-impact/'));
    await page.keyboard.press('/');
    await page.keyboard.type('promotion');
    const result = page.locator('pagefind-results a', { hasText: 'Unclear Promotion Path' }).first();
    await result.waitFor();
    await result.click();
    await page.waitForURL((url) => url.pathname === '/technical-track/cons/unclear-promotion-path/');
    await expect(heading(page)).resolves.toBe('Unclear Promotion Path');

    await page.goto(urlOf(SEVEN_STEP_PATH));
    await expect.poll(() => page.locator('.path-follow-steps > li').count()).toBe(7);
    await expect(page.locator('.path-problems').isVisible()).resolves.toBe(false);

    await page.goto(urlOf('/reflection/'));
    await ready(page);
    await note(page, 'let-go').fill('Written on the train.');
    await expect
      .poll(() => storedAnswers(page))
      .toEqual({ v: 3, a: { 'let-go': { n: 'Written on the train.' } } });
    await page.reload();
    await ready(page);
    await expect(note(page, 'let-go').inputValue()).resolves.toBe('Written on the train.');
  });

  test('a path link opened once can be followed offline: its steps’ pages, section data and code are kept', async () => {
    deploys.deploy('first');
    const { context, page } = await openWithWorker(SEVEN_STEP_PATH);
    await expect.poll(() => page.locator('.path-follow-steps > li').count()).toBe(7);
    for (const path of ['/path/', '/path/sections.json', '/technical-track/pros/deep-impact/', '/third-way/'])
      await expect.poll(() => kept(page, path)).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('.path-follow-steps > li').count()).toBe(7);
    await page.locator('.path-follow-steps a', { hasText: 'Deep Impact' }).first().click();
    await expect.poll(() => heading(page)).toBe('Deep Impact');
  });
});

describe('updates and the kill switch', () => {
  test('the next build, served in place of the first, shows its text after one navigation and cleans up the old saved guide; a page left open offers a reload; no answer is lost', async () => {
    deploys.deploy('first');
    const { context, page } = await openWithWorker('/reflection/');
    await ready(page);
    await note(page, 'five-years').fill('Principal by 2030.');
    await expect
      .poll(() => storedAnswers(page))
      .toEqual({ v: 3, a: { 'five-years': { n: 'Principal by 2030.' } } });
    // The guide saved under the first build: the next one cleans it up and offers to save again.
    const control = page.locator('nav[aria-label="Guide"] offline-save');
    await control.getByRole('button', { name: 'Save the guide for offline reading' }).click();
    await expect.poll(() => control.textContent()).toContain('Saved on this device');
    const savedFirst = (await page.evaluate(() => caches.keys())).filter((name) => name.includes('-saved-'));
    expect(savedFirst).toHaveLength(1);
    // The second tab is the one left open; the first reader goes on reading.
    const open = await context.newPage();
    await open.goto(urlOf('/reflection/'));
    await page.goto(urlOf(CHANGED_PAGE));
    await expect(heading(page)).resolves.not.toContain(NEW_TEXT);
    await expect.poll(() => open.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    deploys.deploy('next');
    await page.goto(urlOf(CHANGED_PAGE));
    await expect(heading(page)).resolves.toContain(NEW_TEXT);
    await expect.poll(() => page.evaluate(() => caches.keys())).not.toContain(savedFirst[0]);
    await expect
      .poll(() => page.locator('nav[aria-label="Guide"] offline-save').textContent())
      .toContain('The guide has changed since you saved it');
    const notice = open.locator('[data-offline-update]');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('A newer version of this guide is available');
    await expect(axeViolations(open, '[data-offline-update]')).resolves.toEqual([]);
    await expect(note(open, 'five-years').inputValue()).resolves.toBe('Principal by 2030.');
    // It never reloads by itself: the page that was open is the same document.
    await expect(open.evaluate(() => performance.getEntriesByType('navigation').length)).resolves.toBe(1);
    await open.getByRole('button', { name: 'Reload' }).click();
    await open.waitForLoadState('load');
    await ready(open);
    await expect(note(open, 'five-years').inputValue()).resolves.toBe('Principal by 2030.');
  });

  test('the kill-switch build removes the worker and all it kept, and leaves the reader’s answers', async () => {
    deploys.deploy('first');
    const { page } = await openWithWorker('/technical-track/');
    await expect.poll(() => kept(page, '/technical-track/')).toBe(true);
    await page.evaluate(() => localStorage.setItem('reflection-answers', '{"v":3,"a":{}}'));

    deploys.deploy('killed');
    await page.goto(urlOf('/third-way/'));
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length))
      .toBe(0);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
    await expect(page.evaluate(() => localStorage.getItem('reflection-answers'))).resolves.toBe(
      '{"v":3,"a":{}}',
    );
  });
});
