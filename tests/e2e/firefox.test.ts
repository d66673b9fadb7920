import type { Browser, BrowserContext, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchFirefox, pollPage, watchPage } from '../support/firefox';
import { offlineDeploys } from '../support/offline-deploys';

/*
 * The reader tests again in a second engine: Debian's Firefox ESR over WebDriver BiDi
 * (puppeteer-core), and the guide with no connection (issue 22). One Firefox for the whole
 * file (starting it is the expensive part: ~3 CPU-s), a
 * fresh browser context per test so no storage leaks between them. Each test acts as a
 * reader does: typing at once, answering before the code arrives (held back by request
 * interception, as a slow network would), using two tabs.
 */

const siteUrl = inject('siteUrl');
const urlOf = (path: string) => new URL(path.replace(/^\//, ''), siteUrl).href;
const pathOf = (url: string) => `/${new URL(url).pathname.slice(new URL(siteUrl).pathname.length)}`;
const CONTENT_PAGE = '/technical-track/cons/political-vulnerability/';

let browser: Browser;
let context: BrowserContext | undefined;
/** Uncaught exceptions and console errors of every page opened through `open`. */
let errors: string[] = [];

beforeAll(async () => {
  browser = await launchFirefox({ width: 1280, height: 900 });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
  const seen = errors;
  errors = [];
  expect(seen, 'uncaught exceptions or console errors').toEqual([]);
});

/**
 * A new tab in this test's browser context (made on first use), watched for uncaught
 * exceptions and, unless `console: false`, console errors.
 */
async function newTab({ console = true } = {}): Promise<Page> {
  context ??= await browser.createBrowserContext();
  const page = await context.newPage();
  watchPage(page, errors, { console });
  return page;
}

/**
 * Holds back the requests whose URL matches `pattern` until `release()`, as a slow network
 * would; every other request goes through at once. `requested` resolves when the first held
 * request is made: a test awaits it, so a renamed file cannot slip past the hold unnoticed.
 */
async function holdBack(page: Page, pattern: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let seen!: () => void;
  const requested = new Promise<void>((resolve) => (seen = resolve));
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (!pattern.test(request.url())) return void request.continue();
    seen();
    void released.then(() => request.continue().catch(() => undefined));
  });
  return { release, requested };
}

/** Polls `read` until it returns `expected` (10 s, like the e2e project's polls). */
async function eventually<T>(read: () => Promise<T>, expected: T, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read().catch(() => undefined);
    if (JSON.stringify(last) === JSON.stringify(expected)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(last, what).toEqual(expected);
}

const searchField = 'pagefind-input input';
const fieldValue = (page: Page) => page.$eval(searchField, (input) => (input as HTMLInputElement).value);
/** Result and sub-result links, as site-relative paths with hash, once results for `term` are drawn. */
function resultsFor(page: Page, term: string): Promise<string[]> {
  // One read, in the page, of results that answer this term: the list is redrawn when a query
  // runs again, so a check followed by a second read could see it empty in between.
  return pollPage(
    page,
    `results for "${term}"`,
    (t: string) => {
      const shown = [
        ...document.querySelectorAll<HTMLAnchorElement>(
          'pagefind-results .pf-result-link, pagefind-results .pf-heading-link',
        ),
      ];
      const answered = (document.querySelector('pagefind-summary')?.textContent ?? '').includes(t);
      return answered && shown.some((link) => link.matches('.pf-result-link'))
        ? shown.map((link) => link.pathname + link.hash)
        : false;
    },
    term,
  );
}

const radio = (id: string, value: string) => `input[name="${id}"][value="${value}"]`;
const isChecked = (page: Page, selector: string) =>
  page.$eval(selector, (input) => (input as HTMLInputElement).checked);
const noteOf = (page: Page, id: string) =>
  page.$eval(`textarea[name="${id}-note"]`, (area) => (area as HTMLTextAreaElement).value);
/**
 * Waits for the worksheet island to have loaded and started (its element is defined), first
 * scrolling to the control the reader is about to use, as a reader does: the island loads
 * when a worksheet nears the viewport.
 */
async function islandReady(page: Page, control?: string) {
  if (control) await page.$eval(control, (element) => element.scrollIntoView({ block: 'center' }));
  await pollPage(
    page,
    'the worksheet island',
    () => customElements.get('reflection-worksheet') !== undefined,
  );
}

describe('Firefox ESR: nothing typed into search after opening it is lost', () => {
  const ways: Array<[string, (page: Page) => Promise<void>]> = [
    ['the / key', (page) => page.keyboard.press('/')],
    [
      'Ctrl+K',
      async (page) => {
        await page.keyboard.down('Control');
        await page.keyboard.press('k');
        await page.keyboard.up('Control');
      },
    ],
    ['clicking the header button', (page) => page.click('site-search a')],
  ];

  test.each(ways)(
    'opened with %s, "delegate" typed at once while the search code is slow arrives whole',
    async (_, openSearch) => {
      const page = await newTab();
      // The search script is held back until the reader has typed the word, as a slow network would.
      const code = await holdBack(page, /\/on-demand-[^/]*\.js$/);
      await page.goto(urlOf(CONTENT_PAGE));
      await openSearch(page);
      await page.keyboard.type('delegate');
      // The code was asked for and has not run: the word sits in the holding field alone.
      await code.requested;
      expect(
        await page.evaluate(() => ({
          held: document.querySelector<HTMLInputElement>('dialog[open] input')?.value,
          searchRan: customElements.get('pagefind-input') !== undefined,
        })),
      ).toEqual({ held: 'delegate', searchRan: false });
      code.release();
      await eventually(() => fieldValue(page), 'delegate', 'the search field');
      const links = await resultsFor(page, 'delegate');
      expect(links[0]).toMatch(/^\/reflection\//);
      expect(links).toContain('/reflection/#are-you-willing-to-let-go');
    },
  );
});

describe('Firefox ESR: the worksheet keeps every answer', () => {
  test('answers given in the server-rendered worksheet before its code arrives survive a reload', async () => {
    const page = await newTab();
    const island = await holdBack(page, /reflection-worksheet[^/]*\.js$/);
    await page.goto(urlOf('/reflection/'), { waitUntil: 'domcontentloaded' });
    await page.click(radio('energizes', '2'));
    await page.type('textarea[name="let-go-note"]', 'I still review every pull request.');
    await island.requested;
    // The island has not run: what the form shows is the server HTML the reader used.
    expect(await page.evaluate(() => customElements.get('reflection-worksheet'))).toBeUndefined();
    island.release();
    await islandReady(page);
    // The form still shows them once the island runs…
    expect(await isChecked(page, radio('energizes', '2'))).toBe(true);
    expect(await noteOf(page, 'let-go')).toBe('I still review every pull request.');
    // …and they were saved: a fresh load (not Firefox's form restore on reload) shows them.
    const again = await newTab();
    await again.goto(urlOf('/reflection/'));
    await islandReady(again);
    await eventually(
      () => isChecked(again, radio('energizes', '2')),
      true,
      'the answer given before the island loaded',
    );
    expect(await noteOf(again, 'let-go')).toBe('I still review every pull request.');
  });

  test('answers from two tabs merge: question 1 in one, question 2 in the other, both survive', async () => {
    const first = await newTab();
    const second = await newTab();
    await first.goto(urlOf('/reflection/'));
    await second.goto(urlOf('/management-track/pros/clearer-path-to-senior-leadership/'));
    // Each tab shown in turn, as a reader does: a hidden tab waits to load the island until it is seen.
    await second.bringToFront();
    await islandReady(second, radio('five-years', '4'));
    await first.bringToFront();
    await islandReady(first, radio('energizes', '2'));
    // Within a moment of each other, before either tab has saved (it waits for a pause in the
    // reader's input): clicked in the same instant, so a busy machine cannot space them out.
    const click = (element: Element) => (element as HTMLInputElement).click();
    await Promise.all([
      first.$eval(radio('energizes', '2'), click),
      second.$eval(radio('five-years', '4'), click),
    ]);
    const later = await newTab();
    await later.goto(urlOf('/reflection/'));
    await islandReady(later);
    await eventually(
      async () => [
        await isChecked(later, radio('energizes', '2')),
        await isChecked(later, radio('five-years', '4')),
      ],
      [true, true],
      'both answers in a third tab',
    );
    // And neither tab lost the other's answer.
    await eventually(
      () => isChecked(first, radio('five-years', '4')),
      true,
      'the second tab’s answer, in the first',
    );
    expect(await isChecked(second, radio('five-years', '4'))).toBe(true);
  });
});

describe('Firefox ESR: the search page', () => {
  test('/search/?q= loads its search once the page has painted, and shows the results', async () => {
    // The page's code waits for the first-contentful-paint entry; a browser that never reported
    // one would leave the page without a search field.
    const page = await newTab();
    await page.goto(urlOf('/search/?q=delegate'));
    const [first] = await resultsFor(page, 'delegate');
    expect(first).toMatch(/^\//);
    expect(await fieldValue(page)).toBe('delegate');
  });

  test('/search/: typed at once into the page’s own field, every character reaches the search', async () => {
    const page = await newTab();
    await page.goto(urlOf('/search/'));
    await page.keyboard.type('delegate', { delay: 80 });
    const [first] = await resultsFor(page, 'delegate');
    expect(first).toMatch(/^\//);
    expect(await fieldValue(page)).toBe('delegate');
  });
});

describe('Firefox ESR: a short walk', () => {
  test('read a page, follow Next, search, answer a question, follow a deep link', async () => {
    const page = await newTab();
    await page.goto(urlOf('/'));
    expect(await page.$eval('h1', (h1) => h1.textContent)).toMatch(/Dilemma/);

    // A reader's pointer crosses the page while reading: the section-share code loads then. Let it
    // arrive before leaving (Firefox reports a dynamic import cut short by navigation as an error).
    await page.mouse.move(300, 300);
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 10_000 });
    await Promise.all([page.waitForNavigation(), page.click('a[rel="next"]')]);
    expect(pathOf(page.url())).toBe('/technical-track/');

    await page.click('site-search a');
    await pollPage(
      page,
      'focus in the search field',
      (selector: string) => document.activeElement?.matches(selector),
      searchField,
    );
    await page.keyboard.type('promotion');
    const [first] = await resultsFor(page, 'promotion');
    expect(first).toMatch(/promotion/);
    await Promise.all([page.waitForNavigation(), page.click('pagefind-results .pf-result-link')]);
    expect(pathOf(page.url())).toBe(first!.replace(/#.*/, ''));
    await pollPage(page, 'the searched word marked', () => document.querySelector('mark') !== null);
    // Again, let the page finish what it loads after its first view before leaving.
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 10_000 });

    await page.goto(urlOf('/reflection/'));
    await islandReady(page);
    await page.click(radio('let-go', 'unsure'));
    await pollPage(page, 'the summary', () =>
      (document.querySelector('.rf-sum')?.textContent ?? '').includes('not sure yet'),
    );
    // As the reader sees it saved: a background tab's timers may wait (the save is debounced).
    await pollPage(
      page,
      'the saved status',
      () => document.querySelector('.rf-status')?.textContent === 'Saved in this browser.',
    );

    const again = await newTab();
    await again.goto(urlOf('/reflection/'));
    await islandReady(again);
    await eventually(() => isChecked(again, radio('let-go', 'unsure')), true, 'the answer, in a new tab');

    // A short link, as pasted into a chat: it forwards to its section (the last question, far
    // down the page), which is scrolled into view.
    await again.goto(urlOf('/s/are-you-willing-to-let-go/'));
    await eventually(
      async () => new URL(again.url()).hash,
      '#are-you-willing-to-let-go',
      'the short link’s target',
    );
    expect(pathOf(again.url())).toBe('/reflection/');
    await eventually(
      () =>
        again.$eval(
          '#are-you-willing-to-let-go',
          (section) => Math.abs(section.getBoundingClientRect().top) < 150 && scrollY > 0,
        ),
      true,
      'the section in view',
    );
  });
});

describe('Firefox ESR: offline', () => {
  /*
   * Going offline is the host becoming unreachable (offlineDeploys' `setDown`): BiDi has no
   * offline switch here. Console errors are not counted: with the host down, the fetches that
   * fail are logged, as they should be.
   */
  let deploys: Awaited<ReturnType<typeof offlineDeploys>>;
  beforeAll(async () => {
    deploys = await offlineDeploys();
  });
  afterAll(async () => {
    await deploys?.close();
  });
  afterEach(() => {
    deploys.setDown(false);
  });
  const deployedUrlOf = (path: string) => new URL(path.replace(/^\//, ''), deploys.server.url).href;

  /**
   * Opens `path` and waits until the worker, active, has kept it and its scripts. The page alone
   * is not enough: the worker keeps a page's files one by one, and a test that went offline
   * once the page was kept sometimes found its registration script not yet kept (a reader
   * who goes offline that same instant would too).
   */
  async function openAndKeep(path: string): Promise<Page> {
    const page = await newTab({ console: false });
    await page.goto(deployedUrlOf(path));
    await pollPage(page, `${path} and its scripts to be kept, by an active worker`, async () => {
      const files = [
        location.href.split('#')[0]!,
        ...[...document.scripts].map((s) => s.src).filter(Boolean),
      ];
      const kept = await Promise.all(files.map(async (url) => Boolean(await caches.match(url))));
      return kept.every(Boolean) && Boolean((await navigator.serviceWorker.getRegistration())?.active);
    });
    return page;
  }

  test('a page read before opens with no connection', async () => {
    deploys.deploy('first');
    const page = await openAndKeep('/technical-track/cons/political-vulnerability/');
    deploys.setDown(true);
    await page.reload();
    await pollPage(
      page,
      'the kept page',
      () => document.querySelector('h1')?.textContent === 'Political Vulnerability',
    );
    await page.goto(deployedUrlOf('/third-way/'));
    await pollPage(
      page,
      'our offline page',
      () => document.querySelector('h1')?.textContent === 'This page is not on this device yet',
    );
  });

  test('search with no connection keeps every keystroke, says why in a reader’s words, and stays put', async () => {
    deploys.deploy('first');
    const page = await openAndKeep('/technical-track/pros/deep-impact/');
    // The offline code is there (it says why search cannot open).
    await pollPage(page, 'the offline code', () => document.querySelector('nav offline-save') !== null);
    deploys.setDown(true);
    const before = page.url();
    await page.keyboard.press('/');
    await page.keyboard.type('promotion');
    await pollPage(
      page,
      'the reader to be told why',
      () =>
        document
          .querySelector('dialog[open] .offline-search-note')
          ?.textContent?.startsWith('Search needs a connection the first time') === true,
    );
    await expect(
      page.evaluate(() => document.querySelector<HTMLInputElement>('dialog[open] input')?.value),
    ).resolves.toBe('promotion');
    expect(page.url()).toBe(before);
  });
});
