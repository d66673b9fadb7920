import { deflateRawSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { allowCopy, copied } from '../support/clipboard';
import { watchForErrors } from '../support/console-watch';

const site = useBrowser();
const PATHS_KEY = 'reading-paths';
const partOf = (id: string, part: string) => `:is(.section-head:has(> #${id}), li#${id}) > ${part}`;
const stored = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), PATHS_KEY);
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: number }).pwned);
/** Markup that would run code if it were ever parsed as HTML. */
const PAYLOAD = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> &amp;';

const VIEWPORT = { width: 1280, height: 900 };

/** A fresh browser that may copy: the mentee's, opening a link they were sent. */
async function freshBrowser(): Promise<BrowserContext> {
  const context = await site.newContext({ viewport: VIEWPORT });
  await allowCopy(context, new URL(site.siteUrl).origin);
  return context;
}

/** Console errors and uncaught exceptions of one page, as they happen. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** A path link built as a stranger might: any flat array, deflated or not. */
function link(values: unknown, packing: 'z' | 'j' = 'z'): string {
  const json = Buffer.from(JSON.stringify(values));
  return `/path/#p=1${packing}${(packing === 'z' ? deflateRawSync(json) : json).toString('base64url')}`;
}

/** Opens a path link on the file's kept page (from about:blank, so it loads) and waits until it has been shown. */
async function follow(path: string): Promise<Page> {
  const page = await site.visit(path);
  await page.waitForFunction(
    () => !document.querySelector('[data-view=follow]')?.textContent?.includes('Opening the path'),
  );
  await page.waitForSelector('[data-view=follow] > *');
  return page;
}
const problems = (page: Page) => page.locator('.path-problems').innerText();
const stepTitles = (page: Page) => page.locator('.path-follow-steps h2').allTextContents();

describe('composing a path and following it', () => {
  test(
    'compose 5 steps from three pages and the composer, copy the link, follow it in a fresh browser, answer, mark, print, edit a copy',
    { timeout: 240_000 },
    async () => {
      // The mentor's browser is the file's kept page; the mentee's below is a fresh one.
      const page = await site.visit('about:blank', { viewport: VIEWPORT, allowCopy: true });
      const errors = errorsOf(page);

      // Add to path from the share tools of three pages.
      for (const [path, id] of [
        ['/technical-track/pros/deep-impact/', 'deep-impact'],
        ['/technical-track/cons/political-vulnerability/', 'political-vulnerability'],
        ['/management-track/pros/scalable-impact/', 'scalable-impact'],
      ] as const) {
        await page.goto(site.urlOf(path));
        await page.hover('h1');
        await page.click(partOf(id, '.section-tools button[data-share="path"]'));
        await expect.poll(() => page.locator('.path-added').textContent()).toContain('to your reading path');
      }
      await expect(page.locator('.path-added span').textContent()).resolves.toBe(
        'Added “Scalable Impact” to your reading path: 3 steps.',
      );
      await expect.poll(() => page.locator('section-share [role=status]').textContent()).toContain('3 steps');
      // The confirmation links to the composer.
      await page.click('.path-added a');
      await page.waitForURL(/\/path\/$/);
      await page.waitForSelector('.path-steps li');
      expect(await page.locator('.path-steps .path-step-title').allTextContents()).toEqual([
        '1. Deep Impact',
        '2. Political Vulnerability',
        '3. Scalable Impact',
      ]);

      // Two more from the composer: the third way and a question.
      await page
        .getByRole('group', { name: 'A third way' })
        .getByRole('checkbox', { name: 'A Third Way?' })
        .check();
      await page
        .getByRole('group', { name: 'Reflection' })
        .getByRole('checkbox', { name: 'Are you willing to let go?' })
        .check();
      await expect.poll(() => page.locator('.path-steps li').count()).toBe(5);
      // Reorder: the question up one place, Political Vulnerability down one.
      await page
        .locator('.path-steps li', { hasText: 'Are you willing' })
        .getByRole('button', { name: /Move up/ })
        .click();
      await page
        .locator('.path-steps li', { hasText: 'Political' })
        .getByRole('button', { name: /Move down/ })
        .click();
      await page.fill('input[name=title]', `Before our 1:1 ${PAYLOAD}`);
      await page.fill('textarea[name=intro]', 'Read these in order.\n\nThen answer the question.');
      const notes = [
        'Start here.',
        'Think of the platform you built.',
        '',
        'Which is you?',
        `Compare with scalable impact ${PAYLOAD}`,
      ];
      const order = [
        'Deep Impact',
        'Scalable Impact',
        'Political Vulnerability',
        'Are you willing to let go?',
        'A Third Way?',
      ];
      expect(await page.locator('.path-steps .path-step-title').allTextContents()).toEqual(
        order.map((t, i) => `${i + 1}. ${t}`),
      );
      for (const [i, note] of notes.entries())
        if (note)
          await page.locator('.path-steps li').nth(i).getByLabel('Your note for this step').fill(note);

      // The draft survives a reload and shows in a second tab.
      await expect.poll(async () => (await stored(page))?.d?.length).toBe(12);
      const second = await page.context().newPage();
      const secondErrors = errorsOf(second);
      await second.goto(site.urlOf('/path/'));
      await second.waitForSelector('.path-steps li');
      expect(await second.locator('.path-steps .path-step-title').count()).toBe(5);
      await page
        .locator('.path-steps li')
        .nth(4)
        .getByRole('button', { name: /Remove/ })
        .click();
      await expect.poll(() => second.locator('.path-steps li').count()).toBe(4);
      await page
        .getByRole('group', { name: 'A third way' })
        .getByRole('checkbox', { name: 'A Third Way?' })
        .check();
      await page.locator('.path-steps li').nth(4).getByLabel('Your note for this step').fill(notes[4]!);
      await second.close();
      expect(secondErrors, 'console errors in the second tab').toEqual([]);
      // Back to the first tab, as the reader does: the clipboard answers only a focused page.
      await page.bringToFront();

      // Copy path link and Copy as Markdown.
      await page.getByRole('button', { name: 'Copy path link' }).click();
      await expect.poll(() => copied(page)).toMatch(/\/path\/#p=1z[A-Za-z0-9_-]+$/);
      const pathLink = await copied(page);
      expect(await page.locator('.path-url').inputValue()).toBe(pathLink);
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect.poll(() => copied(page)).toContain('1. [Deep Impact](');
      const markdown = await copied(page);
      expect(markdown).toContain(`# Before our 1:1 ${PAYLOAD}`);
      expect(markdown).toContain(`${site.urlOf('/s/deep-impact/')})\n   > Start here.`);
      expect(errors.flat()).toEqual([]);

      // A fresh browser (the mentee's): every step's text and note, in order.
      const mentee = await freshBrowser();
      const menteeErrors = await watchForErrors(mentee);
      const reader = await mentee.newPage();
      await reader.goto(pathLink);
      await reader.waitForSelector('.path-follow-steps li');
      expect(await reader.locator('h1').textContent()).toBe(`Before our 1:1 ${PAYLOAD}`);
      expect(await reader.locator('.path-intro p').allTextContents()).toEqual([
        'Read these in order.',
        'Then answer the question.',
      ]);
      expect(await reader.locator('.path-summary').first().textContent()).toMatch(
        /^5 steps · about \d+ min read$/,
      );
      expect(await stepTitles(reader)).toEqual(order);
      const steps = reader.locator('.path-follow-steps > li');
      for (const [i, note] of notes.entries()) {
        const step = steps.nth(i);
        expect(await step.locator('.path-number').textContent()).toBe(`Step ${i + 1} of 5`);
        expect(await step.locator('.path-note').count()).toBe(note ? 1 : 0);
        if (note) expect(await step.locator('.path-note').textContent()).toBe(`Note: ${note}`);
      }
      expect(await steps.nth(0).locator('.path-where').textContent()).toBe(
        'Guide › Technical track › Pros › Deep impact',
      );
      expect(await steps.nth(0).locator('.path-text').textContent()).toContain(
        'You get to stay hands-on with the hardest',
      );
      expect(await steps.nth(4).locator('.path-text').textContent()).toContain(
        'In a perfect world, the choice wouldn’t be so binary.',
      );
      expect(await steps.nth(0).locator('.path-go a').getAttribute('href')).toBe(
        site.urlOf('/technical-track/pros/deep-impact/#deep-impact'),
      );
      expect(await pwned(reader)).toBeUndefined();
      expect(await reader.locator('.path-page img, .path-page script').count()).toBe(0);

      // Answer the question, exactly as on /reflection/, and send the path back.
      await reader.locator('input[name="let-go"][value="4"]').check();
      await reader.locator('textarea[name="let-go-note"]').fill('I would miss the code.');
      await expect
        .poll(() => reader.evaluate(() => JSON.parse(localStorage.getItem('reflection-answers') ?? 'null')))
        .toEqual({ v: 3, a: { 'let-go': { p: 4, n: 'I would miss the code.', t: expect.any(Number) } } });
      await reader.getByRole('button', { name: 'Send back to your mentor' }).click();
      await expect.poll(() => copied(reader)).toMatch(/\/path\/#p=2z/);
      const answersLink = await copied(reader);

      // Mark two steps read; the count is kept for this path across a reload.
      await steps.nth(0).getByLabel('Mark as read').check();
      await steps.nth(2).getByLabel('Mark as read').check();
      await expect.poll(() => reader.locator('.path-progress').textContent()).toBe('2 of 5 read');
      await reader.reload();
      await reader.waitForSelector('.path-follow-steps li');
      await expect.poll(() => reader.locator('.path-progress').textContent()).toBe('2 of 5 read');
      // Polled: the worksheet is embedded after the steps (its page is fetched, through the offline worker since issue 22).
      await expect.poll(() => reader.locator('input[name="let-go"][value="4"]').isChecked()).toBe(true);

      // Print: every step's text and note, addresses shown, no controls.
      await reader.emulateMedia({ media: 'print' });
      for (const hidden of ['.path-tools', '.path-read', 'header.site-header']) {
        expect(await reader.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      expect(await reader.locator('.path-note').nth(0).isVisible()).toBe(true);
      const address = await reader.evaluate(
        () => getComputedStyle(document.querySelector('.path-go a')!, '::after').content,
      );
      expect(address).toContain('/technical-track/pros/deep-impact/#deep-impact');
      await reader.emulateMedia({ media: 'screen' });

      // Edit a copy: the composer opens with this path; the link itself never changes.
      await reader.getByRole('button', { name: 'Edit a copy' }).click();
      await reader.waitForURL(/\/path\/$/);
      await reader.waitForSelector('.path-steps li');
      expect(await reader.locator('.path-steps .path-step-title').allTextContents()).toEqual(
        order.map((t, i) => `${i + 1}. ${t}`),
      );
      expect(await reader.locator('input[name=title]').inputValue()).toBe(`Before our 1:1 ${PAYLOAD}`);

      // The mentor opens the link sent back on their side (send-back.test.ts follows it in full).
      await page.goto(answersLink);
      await expect.poll(() => page.locator('.path-theirs').isVisible()).toBe(true);
      expect(menteeErrors.flat()).toEqual([]);
      expect(errors.flat()).toEqual([]);
      await mentee.close();
    },
  );

  test('what a reader ticks and types before the code arrives is kept', async () => {
    // A fresh browser: the composer is held back before it ever loaded (a warm cache would not race).
    const context = await site.browser.newContext();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const asked: string[] = [];
    await context.route(/\/composer-[\w-]+\.js$/, async (route) => {
      asked.push(route.request().url());
      await held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(site.urlOf('/path/'));
    await page
      .getByRole('group', { name: 'Deep impact' })
      .getByRole('checkbox', { name: 'Deep Impact' })
      .check();
    await page.fill('input[name=title]', 'Typed early');
    // The reader's first move asked for the composer, which is held and has not run: no step is
    // drawn yet. (A renamed script would not be held, and this would fail.)
    await expect.poll(() => asked.length).toBe(1);
    expect(new URL(asked[0]!).pathname).toBe(
      new URL((await page.locator('path-app').getAttribute('data-compose'))!, site.siteUrl).pathname,
    );
    await expect(page.locator('.path-steps li').count()).resolves.toBe(0);
    release();
    await page.waitForSelector('.path-steps li');
    expect(await page.locator('.path-steps .path-step-title').allTextContents()).toEqual(['1. Deep Impact']);
    await expect
      .poll(async () => (await stored(page))?.d?.slice(0, 3))
      .toEqual(['Typed early', '', 'deep-impact']);
    await context.close();
  });

  test('without JavaScript, /path/ says a path needs it and links to the whole guide', async () => {
    const page = await site.open('/path/', { javaScriptEnabled: false });
    expect(await page.locator('noscript p, .path-lede').first().innerText()).toMatch(
      /A reading path needs JavaScript/,
    );
    expect(await page.locator('[data-view=compose]').isVisible()).toBe(false);
    expect(
      await page.getByRole('link', { name: 'the whole guide on one page', exact: true }).getAttribute('href'),
    ).toMatch(/\/read\/$/);
  });

  test('a corrupt draft record is discarded with a notice', async () => {
    // The record is written on another page of the site before /path/ first loads.
    const page = await site.visit('/');
    await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"d":[1,2]}'), PATHS_KEY);
    await page.goto(site.urlOf('/path/'));
    await expect
      .poll(() => problems(page))
      .toMatch(/could not be read \(its draft is damaged\), so it was discarded/);
  });
});

describe('broken and hostile path links', () => {
  const good = ['T', '', 'deep-impact', 'n1', 'less-technical', 'n2'];

  test('an unknown version says it cannot be opened, and shows nothing else', async () => {
    const page = await follow('/path/#p=9zAAAA');
    expect(await page.locator('h1').textContent()).toBe('This path could not be opened');
    expect(await problems(page)).toMatch(/newer or unknown version/);
    expect(await stepTitles(page)).toEqual([]);
  });

  test('a non-base64 payload is damaged', async () => {
    const page = await follow('/path/#p=1z%%%%');
    expect(await problems(page)).toMatch(/damaged/);
  });

  test('a truncated link shows the steps that arrived whole and says it was cut', async () => {
    const full = link(['T', '', 'deep-impact', 'n1', 'less-technical', 'n2', 'a-third-way', 'n3'], 'j');
    const page = await follow(full.slice(0, -12));
    expect((await stepTitles(page)).slice(0, 2)).toEqual(['Deep Impact', 'Less Technical']);
    expect(await problems(page)).toMatch(/cut short/);
  });

  test('unknown ids are left out and named; moved ones resolve to where they went', async () => {
    const page = await follow(
      link(['T', '', 'no-such-section', 'x', 'energizes', 'old id', ...good.slice(2)]),
    );
    expect(await stepTitles(page)).toEqual(['What truly energizes you?', 'Deep Impact', 'Less Technical']);
    expect(await problems(page)).toMatch(
      /Step 1 names a section this guide does not have \(“no-such-section”\)/,
    );
  });

  test('more than 30 steps: the first 30 are shown, the rest named', async () => {
    const ids = (await (await fetch(site.urlOf('/path/sections.json'))).json()) as {
      s: Record<string, unknown>;
    };
    const many = Object.keys(ids.s)
      .slice(0, 35)
      .flatMap((id) => [id, '']);
    const page = await follow(link(['Long', '', ...many]));
    expect(await stepTitles(page)).toHaveLength(30);
    expect(await problems(page)).toMatch(/The path has 35 steps; only the first 30 are shown/);
  });

  test('oversized notes are cut to 500 characters and named', async () => {
    const page = await follow(link(['T', 'x'.repeat(1500), 'deep-impact', 'n'.repeat(900)]));
    expect((await page.locator('.path-note').textContent())?.length).toBe('Note: '.length + 500);
    expect(await problems(page)).toMatch(
      /The introduction is longer than 1000 characters[\s\S]*The note of step 1 is longer than 500/,
    );
  });

  test('markup, entities and scripts in the title, intro and notes are shown as typed; ids that are not ids never become links', async () => {
    const page = await follow(
      link([PAYLOAD, PAYLOAD, 'javascript:alert(1)', PAYLOAD, 'deep-impact', PAYLOAD]),
    );
    expect(await page.locator('h1').textContent()).toBe(PAYLOAD);
    expect(await page.locator('.path-intro').textContent()).toBe(PAYLOAD);
    expect(await page.locator('.path-note').textContent()).toBe(`Note: ${PAYLOAD}`);
    expect(await pwned(page)).toBeUndefined();
    expect(await page.locator('.path-page img, .path-page a[href^="javascript"]').count()).toBe(0);
    expect(await problems(page)).toMatch(/Step 1 does not name a section/);
  });

  test('a deflate bomb is refused', async () => {
    const bomb = `/path/#p=1z${deflateRawSync(`["${'a'.repeat(400_000)}"]`).toString('base64url')}`;
    const page = await follow(bomb);
    expect(await problems(page)).toMatch(/unpacks to far more/);
  });

  test('an empty fragment says it holds no path', async () => {
    const page = await follow('/path/#p=');
    expect(await problems(page)).toMatch(/holds no reading path/);
  });
});
