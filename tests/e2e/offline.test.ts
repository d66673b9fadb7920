import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { watchForErrors } from '../support/console-watch';
import { CHANGED_PAGE, NEW_TEXT, offlineDeploys } from '../support/offline-deploys';
import { note, ready, storedAnswers } from '../support/worksheet';
import { SEVEN_STEP_PATH } from '../../tools/lib/sample-path';

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
const OFFLINE_REQUEST = /Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/;
let deploys: Awaited<ReturnType<typeof offlineDeploys>>;
beforeAll(async () => {
  browser = await chromium.connect(inject('browserWsEndpoint'));
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

describe('pages read with no connection', () => {
  test('two pages read before are there offline, and a page never opened shows our offline page listing them', async () => {
    deploys.deploy('first');
    const { context, page } = await openWithWorker('/technical-track/');
    // The first page loaded before any worker: it asks to be kept once the worker is there.
    await expect.poll(() => kept(page, '/technical-track/')).toBe(true);
    await page.goto(urlOf('/management-track/pros/scalable-impact/'));
    await expect.poll(() => kept(page, '/management-track/pros/scalable-impact/')).toBe(true);
    await expect(kept(page, '/third-way/')).resolves.toBe(false);

    await context.setOffline(true);
    await page.goto(urlOf('/technical-track/'));
    await expect(heading(page)).resolves.toContain('The Lure of the Technical Track');
    await page.goto(urlOf('/management-track/pros/scalable-impact/'));
    await expect(heading(page)).resolves.toBe('Scalable Impact');

    await page.goto(urlOf('/third-way/'));
    await expect(heading(page)).resolves.toBe('This page is not on this device yet');
    const listed = await page.locator('main ul a').allTextContents();
    expect(listed).toEqual(['The Lure of the Technical Track: The Master Craftsman', 'Scalable Impact']);
    // /read/ was not kept, so the offline page does not offer it.
    await expect(page.locator('[data-offline-read]').isVisible()).resolves.toBe(false);
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
    await expect.poll(() => page.locator('dialog[open] [role=status]').textContent()).toContain(
      'Search needs a connection the first time',
    );
    await expect(field.inputValue()).resolves.toBe('promotion');
    // Typing goes on into the same field.
    await page.keyboard.type(' path');
    await expect(field.inputValue()).resolves.toBe('promotion path');
    expect(page.url()).toBe(before);
    expect(errors).toEqual([]);
  });
});
