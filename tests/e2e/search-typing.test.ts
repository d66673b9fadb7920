import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { firstResultFor } from '../support/search-results';
import { watchForErrors } from '../support/console-watch';

// Issue 9: whatever a reader types after asking for search reaches the field, in order,
// however slowly the search code arrives. Each way of asking is tried on a first visit,
// typing at once at a quick reader's pace, with the search code held back, as on a slow
// network, until the test has seen it asked for and proved it has not run.
const site = useBrowser();

/** A quick typist: about 12 characters a second, no pause after opening search. */
const TYPING_DELAY_MS = 80;
/** The search code: ours (the dialog's on-demand script, /search/'s page-app) and Pagefind's scripts. */
const SEARCH_CODE = /\/(on-demand|page-app)-[^/]*\.js|\/pagefind\/pagefind[^/]*\.js/;

const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
};

interface HeldPage {
  page: Page;
  /** Console errors; each test ends by checking they are none. */
  errors: string[];
  /** Every URL the page asked for, from the moment it was asked (held back or not). */
  requests: string[];
  /** Search code asked for and held back so far. */
  held: string[];
  release(): void;
}

/** Opens `path` in a fresh context, first visit, with every search script held back until released. */
async function openHeld(path: string, options: BrowserContextOptions = {}): Promise<HeldPage> {
  const context = await site.browser.newContext(options);
  const errors = await watchForErrors(context);
  const page = await context.newPage();
  const requests: string[] = [];
  const held: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(SEARCH_CODE, async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  await page.goto(site.urlOf(path));
  return { page, errors, requests, held, release };
}

/**
 * Waits until the page has asked for its search code, proves none of it has run (Pagefind's
 * components are undefined: what the reader typed is held by our own field), then lets it
 * through. A renamed script would never be held, and this would fail rather than let the test
 * pass without a race.
 */
async function releaseWhenAsked({ page, held, release }: HeldPage) {
  await expect.poll(() => held.some((url) => /\/(on-demand|page-app)-/.test(url))).toBe(true);
  expect(await page.evaluate(() => window.PagefindComponents === undefined)).toBe(true);
  release();
}

/** Closes the page's context after checking it logged no error. */
async function done({ page, errors }: HeldPage) {
  expect(errors).toEqual([]);
  await page.context().close();
}

const field = (page: Page) => page.locator('pagefind-input input');

/**
 * Types "soft power" at a quick reader's pace before the code arrives, then lets it arrive:
 * every character lands in Pagefind's field, which has focus, and the results match.
 */
async function typeSoftPowerAndFindIt(held: HeldPage) {
  const { page } = held;
  await page.keyboard.type('soft power', { delay: TYPING_DELAY_MS });
  await releaseWhenAsked(held);
  await expect.poll(() => field(page).inputValue()).toBe('soft power');
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.matches('pagefind-input input')))
    .toBe(true);
  await expect
    .poll(() => firstResultFor(page, 'soft power'), { timeout: 20_000 })
    .toBe('/technical-track/cons/political-vulnerability/');
}

const ways: Array<{ way: string; options?: BrowserContextOptions; ask: (page: Page) => Promise<void> }> = [
  { way: 'the / key', ask: (page) => page.keyboard.press('/') },
  { way: 'Ctrl+K', ask: (page) => page.keyboard.press('Control+K') },
  { way: 'Cmd+K', ask: (page) => page.keyboard.press('Meta+K') },
  { way: 'clicking the header button', ask: (page) => page.locator('site-search a').click() },
  {
    way: 'tapping the header button on a phone',
    options: phone,
    ask: (page) => page.locator('site-search a').tap(),
  },
];

describe('typing into search before its code arrives', () => {
  test.each(ways)(
    'opened with $way, every character lands in order and the results match',
    async ({ ask, options }) => {
      const held = await openHeld('/technical-track/', options);
      await ask(held.page);
      await typeSoftPowerAndFindIt(held);
      // Only one field: the one that held the typing is gone.
      await expect(held.page.locator('dialog[open]').count()).resolves.toBe(1);
      await done(held);
    },
  );

  test('typing goes on, uninterrupted, across the moment the search code takes over', async () => {
    const held = await openHeld('/third-way/');
    const { page } = held;
    await page.keyboard.press('/');
    // The first word is typed before the code arrives; the code is let through, and the reader
    // types on at the same pace while it takes the field over.
    await page.keyboard.type('delegate ', { delay: TYPING_DELAY_MS });
    await releaseWhenAsked(held);
    await page.keyboard.type('delegate delegate', { delay: TYPING_DELAY_MS });
    await expect.poll(() => field(page).inputValue()).toBe('delegate delegate delegate');
    await done(held);
  });

  test('a query finished as the index arrives shows its own results, not an earlier prefix’s', async () => {
    // "codi" and "codin" find nothing, "coding" finds Less Technical: searches run for each
    // keystroke, and the last one typed must be the one shown, however the index's arrival
    // falls among them. The index is held until "codin" is typed, then "g" follows at once.
    for (let attempt = 0; attempt < 3; attempt++) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      let release!: () => void;
      const arrived = new Promise<void>((resolve) => (release = resolve));
      const held: string[] = [];
      await page.route(/\/pagefind\/(pagefind-entry\.json|wasm\.)/, async (route) => {
        held.push(route.request().url());
        await arrived;
        await route.continue();
      });
      await page.goto(site.urlOf('/technical-track/'));
      await page.keyboard.press('/');
      await page.keyboard.type('codin', { delay: 20 });
      await expect.poll(() => field(page).inputValue()).toBe('codin');
      // The index was asked for and is still held: the searches so far ran without it.
      await expect.poll(() => held.length).toBeGreaterThan(0);
      release();
      await page.keyboard.type('g');
      await expect
        .poll(() => firstResultFor(page, 'coding'), { timeout: 20_000 })
        .toBe('/management-track/cons/less-technical/');
      await context.close();
    }
  });

  test('the caret comes along: an edit made while waiting continues where it was', async () => {
    const held = await openHeld('/third-way/');
    const { page } = held;
    await page.keyboard.press('Control+K');
    await page.keyboard.type('soft pwer');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await releaseWhenAsked(held);
    await expect.poll(() => page.evaluate(() => document.querySelector('pagefind-input'))).not.toBeNull();
    await page.keyboard.type('o');
    await expect.poll(() => field(page).inputValue()).toBe('soft power');
    await done(held);
  });

  test('Escape before the code arrives closes search for good and gives focus back', async () => {
    const held = await openHeld('/management-track/');
    const { page } = held;
    const button = page.locator('site-search a');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('pol');
    // One Escape closes it, as it closes Pagefind's dialog.
    await page.keyboard.press('Escape');
    await expect.poll(() => button.evaluate((link) => link === document.activeElement)).toBe(true);
    // The code then arrives and Pagefind's components load: still no dialog opens.
    await releaseWhenAsked(held);
    await expect.poll(() => page.evaluate(() => window.PagefindComponents !== undefined)).toBe(true);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    await expect(page.locator('dialog[open]').count()).resolves.toBe(0);
    await done(held);
  });

  test('opened a second time, the last query is selected, so what the reader types replaces it', async () => {
    const held = await openHeld('/');
    const { page } = held;
    await page.keyboard.press('/');
    await page.keyboard.type('politics', { delay: TYPING_DELAY_MS });
    await releaseWhenAsked(held);
    await expect.poll(() => field(page).inputValue()).toBe('politics');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await page.keyboard.press('/');
    await page.keyboard.type('promotion', { delay: TYPING_DELAY_MS });
    await expect.poll(() => field(page).inputValue()).toBe('promotion');
    await expect
      .poll(() => firstResultFor(page, 'promotion'), { timeout: 20_000 })
      .toMatch(/promotion|leadership/);
    await done(held);
  });

  test('a key pressed as Escape closes search, before focus has left the closed dialog, opens it again', async () => {
    const held = await openHeld('/');
    const { page } = held;
    await page.keyboard.press('/');
    await page.keyboard.type('politics', { delay: TYPING_DELAY_MS });
    await releaseWhenAsked(held);
    await expect.poll(() => field(page).inputValue()).toBe('politics');
    // Escape hides the dialog at once and moves focus out a task later; a quick reader's next
    // '/' can land in between, on the field of a dialog that is already closed (seen in CI).
    // Closing and pressing in one task puts the key exactly there.
    const landedInClosedDialog = await page.evaluate(() => {
      document.querySelector<HTMLElement & { close(): void }>('pagefind-modal')!.close();
      const active = document.activeElement!;
      active.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
      return active.closest('dialog:not([open])') !== null;
    });
    expect(landedInClosedDialog).toBe(true);
    await page.keyboard.type('promotion', { delay: TYPING_DELAY_MS });
    await expect.poll(() => field(page).inputValue()).toBe('promotion');
    await expect(page.locator('pagefind-modal dialog[open]').count()).resolves.toBe(1);
    await done(held);
  });
});

describe('the search page’s own field', () => {
  /** Search code (ours, page-app, or anything of Pagefind's) the page has asked for, arrived or not. */
  const searchRequests = ({ requests }: HeldPage) =>
    requests.filter((url) => /\/page-app-|\/pagefind\//.test(url));
  /** Resolves a moment after the first contentful paint: when the page used to fetch its search code. */
  const afterFirstPaint = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          new PerformanceObserver((entries, observer) => {
            if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
            observer.disconnect();
            setTimeout(resolve, 100);
          }).observe({ type: 'paint', buffered: true }),
        ),
    );

  test.each([
    { way: 'typing at once (the field is focused)', ask: async () => {} },
    {
      way: 'tapping the field on a phone',
      options: phone,
      ask: (page: Page) => page.locator('.search-page-early input').tap(),
    },
  ] as Array<{ way: string; options?: BrowserContextOptions; ask: (page: Page) => Promise<void> }>)(
    '$way, with the code held back, every character lands in Pagefind’s field and the results match',
    async ({ ask, options }) => {
      const held = await openHeld('/search/', options);
      const { page } = held;
      // Loaded and painted: no search code asked for until the reader reaches for the field,
      // which is focused from the start.
      await afterFirstPaint(page);
      expect(searchRequests(held)).toEqual([]);
      await expect(
        page.evaluate(() => document.activeElement?.matches('.search-page-early input')),
      ).resolves.toBe(true);
      await ask(page);
      await typeSoftPowerAndFindIt(held);
      // One field: the page's own gave way to Pagefind's, and the address follows the query.
      await expect(page.locator('main input[type="search"]').count()).resolves.toBe(1);
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('soft power');
      await done(held);
    },
  );

  test('/search/?q= shows the query in the field from the first paint, before any code', async () => {
    const held = await openHeld('/search/?q=promotion');
    const { page } = held;
    await expect(page.locator('.search-page-early input').inputValue()).resolves.toBe('promotion');
    await releaseWhenAsked(held);
    await expect.poll(() => field(page).inputValue()).toBe('promotion');
    await expect
      .poll(() => firstResultFor(page, 'promotion'), { timeout: 20_000 })
      .toMatch(/promotion|leadership/);
    await done(held);
  });
});
