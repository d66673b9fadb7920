import { join } from 'node:path';
import { tmpdir } from 'node:os';
/** Issue 12: weighing the ten pros and cons, and the balance of the two tracks. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser-fixture';
import { contextWithRecord } from '../support/stored-record';
import { allowCopy, copied } from '../support/clipboard';
import { KEY, note, radio, ready, stored, storedAnswers } from '../support/worksheet';
import { realGuidePages } from '../support/guide-pages';
import { readingOrder } from '../../src/lib/readingOrder';

const site = useBrowser();
const DEEP = 'technical-track/pros/deep-impact';
const BROAD = 'technical-track/pros/broad-influence';
const POLITICAL = 'technical-track/cons/political-vulnerability';
const UNCLEAR = 'technical-track/cons/unclear-promotion-path';
const CONTROL = 'management-track/pros/direct-control-and-ownership';
const SCALABLE = 'management-track/pros/scalable-impact';
const LESS = 'management-track/cons/less-technical';
/** The ten pros and cons, by page id, in reading order. */
const PROS_AND_CONS = readingOrder(realGuidePages())
  .filter((page) => page.data.kind === 'pro' || page.data.kind === 'con')
  .map((page) => page.id);
const weigh = (page: Page, id: string, weight: number) => radio(page, id, String(weight)).check();
const balanceText = (page: Page) => page.locator('.rf-bal').innerText();

/** Weighs four points on their own pages and three in the compare table, as a reader would. */
async function weighSeven(page: Page) {
  for (const [id, weight] of [
    [DEEP, 3],
    [BROAD, 1],
    [UNCLEAR, 2],
    [LESS, 3],
  ] as const) {
    await page.goto(site.urlOf(`/${id}/`));
    await ready(page);
    await weigh(page, id, weight);
    await expect
      .poll(() => page.locator('reflection-worksheet[data-lazy] .rf-status').textContent())
      .toBe('Saved in this browser.');
  }
  await page.goto(site.urlOf('/compare/'));
  await ready(page);
  await weigh(page, CONTROL, 2);
  await weigh(page, SCALABLE, 1);
  await weigh(page, POLITICAL, 0);
  await expect
    .poll(() => storedAnswers(page))
    .toEqual({
      v: 3,
      a: {
        [DEEP]: { w: 3 },
        [BROAD]: { w: 1 },
        [UNCLEAR]: { w: 2 },
        [LESS]: { w: 3 },
        [CONTROL]: { w: 2 },
        [SCALABLE]: { w: 1 },
        [POLITICAL]: { w: 0 },
      },
    });
}

/** What the seven weights add up to, as the balance states it. */
const SEVEN = [
  'Technical track: pros 4, cons 2',
  'Management track: pros 3, cons 3',
  'Weighing most for you: Deep impact and Less technical (it decides it for me).',
  'By these weights, the technical track’s pros outweigh its cons by more than the management track’s do.',
  'Three of the ten points are still unweighed.',
];

describe('weighing the pros and cons', () => {
  test('server HTML: four plain radios after the article text on every pro/con page, ten in the compare table, and an honest empty balance', async () => {
    expect(PROS_AND_CONS).toHaveLength(10);
    const page = await site.open('/', { javaScriptEnabled: false });
    for (const id of PROS_AND_CONS) {
      await page.goto(site.urlOf(`/${id}/`));
      const fieldset = page.locator('fieldset[data-w]');
      await expect(fieldset.locator('legend').innerText()).resolves.toBe('How much does this weigh for you?');
      await expect(fieldset.locator(`input[type=radio][name="${id}"]`).count()).resolves.toBe(4);
      await expect(fieldset.locator('label').allInnerTexts()).resolves.toEqual([
        'Not at all',
        'A little',
        'A lot',
        'It decides it for me',
      ]);
      await expect(
        page.evaluate(
          () =>
            document
              .querySelector('.article-quote')!
              .compareDocumentPosition(document.querySelector('fieldset[data-w]')!) &
            Node.DOCUMENT_POSITION_FOLLOWING,
        ),
        `${id}: the control follows the article text`,
      ).resolves.toBeTruthy();
      await expect(page.locator('reflection-worksheet[data-lazy] .rf-private').innerText()).resolves.toMatch(
        /never sent anywhere/,
      );
    }
    await page.goto(site.urlOf('/compare/'));
    await expect(page.locator('.compare fieldset[data-w] input[type=radio]').count()).resolves.toBe(40);
    await expect(page.locator('.compare li#less-technical legend').textContent()).resolves.toBe(
      'Less technical: How much does this weigh for you?',
    );
    await expect(page.locator('.rf-empty').innerText()).resolves.toBe(
      'Weigh the pros and cons on their pages, or here.',
    );
    await expect(page.locator('.rf-bal svg').count()).resolves.toBe(0);
    await page.goto(site.urlOf('/reflection/'));
    await expect(page.locator('.rf-empty').innerText()).resolves.toBe(
      'Weigh the pros and cons on their pages, or side by side.',
    );
    await page.context().close();
  });

  test('a first visit to a pro/con page or /compare/ loads no island code until the reader changes a control', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    for (const path of ['/technical-track/pros/deep-impact/', '/compare/']) {
      requests.length = 0;
      await page.goto(site.urlOf(path));
      await page.waitForLoadState('networkidle');
      expect(requests, path).toEqual([new URL(site.urlOf(path)).pathname]);
    }
    await page.locator('fieldset[data-w] label').first().click();
    await page.waitForFunction(() => customElements.get('reflection-worksheet') !== undefined);
    expect(requests.some((path) => path.includes('reflection-worksheet'))).toBe(true);
    await context.close();
  });

  test('every pro/con page’s own control saves its weight', async () => {
    const page = await site.open('/');
    const weights: Record<string, { w: number }> = {};
    for (const [i, id] of PROS_AND_CONS.entries()) {
      await page.goto(site.urlOf(`/${id}/`));
      await ready(page);
      await weigh(page, id, i % 4);
      weights[id] = { w: i % 4 };
      await expect
        .poll(() => page.locator('reflection-worksheet[data-lazy] .rf-status').textContent())
        .toBe('Saved in this browser.');
    }
    await expect(storedAnswers(page)).resolves.toEqual({ v: 3, a: weights });
    await page.context().close();
  });

  test('four weighed on their pages and three on /compare/ add up in the balance on /compare/ and /reflection/, after a reload and in a second tab', async () => {
    const page = await site.open('/');
    await weighSeven(page);
    for (const line of SEVEN) await expect.poll(() => balanceText(page)).toContain(line);
    await expect(page.locator('.rf-empty').isHidden()).resolves.toBe(true);
    await expect(page.locator('.rf-bal svg').isVisible()).resolves.toBe(true);

    await page.reload();
    await ready(page);
    await expect(radio(page, CONTROL, '2').isChecked()).resolves.toBe(true);
    await expect(radio(page, DEEP, '3').isChecked()).resolves.toBe(true);
    for (const line of SEVEN) await expect.poll(() => balanceText(page)).toContain(line);

    await page.goto(site.urlOf('/reflection/'));
    await ready(page);
    for (const line of SEVEN) await expect.poll(() => balanceText(page)).toContain(line);

    const second = await page.context().newPage();
    await second.goto(site.urlOf('/compare/'));
    await ready(second);
    await weigh(second, DEEP, 0);
    await expect.poll(() => balanceText(page)).toContain('Technical track: pros 1, cons 2');
    await expect
      .poll(() => balanceText(page))
      .toContain('Weighing most for you: Less technical (it decides it for me).');
    await page.context().close();
  });

  test('where the weights and the answers point different ways, the balance says so and points to the third way', async () => {
    const page = await site.open('/compare/');
    await ready(page);
    await weigh(page, DEEP, 3);
    await page.goto(site.urlOf('/reflection/'));
    await ready(page);
    const apart = page.locator('.rf-apart');
    await expect(apart.isHidden()).resolves.toBe(true);
    await radio(page, 'energizes', '5').check(); // the management end
    await expect.poll(() => apart.isVisible()).toBe(true);
    await expect(apart.innerText()).resolves.toMatch(
      /^Your weights favour the technical track, while your answers to the three questions lean toward the management track\./,
    );
    await expect(apart.locator('a').getAttribute('href')).resolves.toMatch(/\/third-way\/$/);
    expect(await page.locator('.rf-bal').innerText()).not.toMatch(/\b(should|recommend|best|choose)\b/i);
    await page.context().close();
  });

  test('the share link carries the weights, shown read-only to a recipient in a fresh browser, never overwriting their own', async () => {
    const sender = await site.open('/');
    await allowCopy(sender.context());
    await weighSeven(sender);
    await sender.goto(site.urlOf('/reflection/'));
    await ready(sender);
    await radio(sender, 'five-years', '4').check();
    await sender.click('[data-act=share]');
    await expect.poll(() => sender.locator('.rf-url').inputValue()).not.toBe('');
    const link = await sender.locator('.rf-url').inputValue();
    await sender.context().close();

    const reader = await site.open('/compare/');
    await ready(reader);
    await weigh(reader, SCALABLE, 3);
    await expect.poll(() => stored(reader)).not.toBeNull();
    const own = await stored(reader);
    await reader.goto(link);
    await ready(reader);
    await expect(reader.locator('.rf-shared').isVisible()).resolves.toBe(true);
    for (const line of SEVEN.slice(0, 2)) await expect.poll(() => balanceText(reader)).toContain(line);
    await expect(balanceText(reader)).resolves.toContain(
      'Weighing most for them: Deep impact and Less technical',
    );
    await expect(reader.locator('.rf-bal svg').isVisible()).resolves.toBe(true);
    await expect(stored(reader)).resolves.toBe(own);
    await reader.click('[data-act=own]');
    await expect.poll(() => balanceText(reader)).toContain('Management track: pros 3, cons 0');
    await expect(stored(reader)).resolves.toBe(own);
    await reader.context().close();
  });

  test('the Markdown copy and download hold a table of the ten points with their weights, and the balance', async () => {
    const page = await site.open('/');
    await allowCopy(page.context());
    await weighSeven(page);
    await page.goto(site.urlOf('/reflection/'));
    await ready(page);
    await page.click('[data-act=copy]');
    await expect.poll(() => page.locator('.rf-status').textContent()).toBe('Copied as Markdown.');
    const markdown = await copied(page);
    expect(markdown).toContain('## My weighing of the pros and cons');
    expect(markdown).toContain('| Deep impact | Technical | Pro | It decides it for me |');
    expect(markdown).toContain('| Political vulnerability | Technical | Con | Not at all |');
    expect(markdown).toContain('| Clearer path to senior leadership | Management | Pro | Not weighed yet |');
    expect(markdown.match(/^\| (?!Point|---)/gm)).toHaveLength(10);
    expect(markdown).toContain('- Technical track: pros 4, cons 2');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-act=download]')]);
    const { readFile } = await import('node:fs/promises');
    // The browser runs behind a browser server: save the download here, then read it.
    const saved = join(tmpdir(), `download-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    await expect(readFile(saved, 'utf8')).resolves.toBe(markdown);
    await page.context().close();
  });

  test('print shows the balance picture and its facts', async () => {
    const page = await site.open('/compare/');
    await ready(page);
    await weigh(page, DEEP, 2);
    await weigh(page, LESS, 1);
    await page.emulateMedia({ media: 'print' });
    const picture = page.locator('.rf-bal svg');
    await expect.poll(async () => (await picture.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    await expect(balanceText(page)).resolves.toContain('Technical track: pros 2, cons 0');
    // Bars print in ink, not in the screen's theme colour. Found and read in one step: the
    // island redraws the picture as it settles, and a bar found a step earlier may be gone.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const bar = document.querySelector('.rf-bal svg rect[data-c=technical]');
          return bar && getComputedStyle(bar).fill;
        }),
      )
      .toBe('rgb(0, 0, 0)');
    await page.context().close();
  });

  test.each([
    ['a weight out of range', { [DEEP]: { w: 7 } }, /outside the four steps/],
    ['a weight of the wrong type', { [DEEP]: { w: '3' } }, /outside the four steps/],
    ['an unknown page id', { 'technical-track/pros/salary': { w: 1 } }, /does not have/],
  ])('stored weights with %s are discarded with a notice, and weighing still works', async (_, a, reason) => {
    await poisoned(JSON.stringify({ v: 3, a }), reason);
  });

  test('stored weights keyed __proto__ are discarded with a notice, and nothing is polluted', async () => {
    await poisoned('{"v":3,"a":{"__proto__":{"w":3}}}', /does not have/);
  });

  test('a record written by the build before weighing migrates without losing an answer', async () => {
    const today =
      '{"v":2,"a":{"energizes":{"p":2,"n":"I still review every pull request."},"let-go":{"p":"unsure"}}}';
    const context = await contextWithRecord(site.browser, KEY, today);
    const page = await context.newPage();
    await page.goto(site.urlOf('/compare/'));
    await ready(page);
    await weigh(page, BROAD, 2);
    await expect
      .poll(() => storedAnswers(page))
      .toEqual({
        v: 3,
        a: {
          energizes: { p: 2, n: 'I still review every pull request.' },
          'let-go': { p: 'unsure' },
          [BROAD]: { w: 2 },
        },
      });
    await page.goto(site.urlOf('/reflection/'));
    await ready(page);
    await expect(radio(page, 'energizes', '2').isChecked()).resolves.toBe(true);
    await expect(note(page, 'energizes').inputValue()).resolves.toBe('I still review every pull request.');
    await expect(page.locator('.rf-notice').isHidden()).resolves.toBe(true);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      test(`the balance has no axe violations (${colorScheme}, ${width} px)`, async () => {
        const page = await site.open('/compare/', { colorScheme, viewport: { width, height: 900 } });
        await ready(page);
        await weigh(page, DEEP, 3);
        await weigh(page, LESS, 2);
        await expect.poll(() => page.locator('.rf-bal svg').count()).toBe(1);
        expect(await axeViolations(page, 'reflection-worksheet')).toEqual([]);
        await page.context().close();
      });
    }
  }
});

/** Opens /compare/ with `record` already stored, and checks it is refused as a reader would see it. */
async function poisoned(record: string, reason: RegExp) {
  const context = await contextWithRecord(site.browser, KEY, record);
  const page = await context.newPage();
  await page.goto(site.urlOf('/compare/'));
  await ready(page);
  const notice = page.locator('.rf-notice');
  await expect(notice.isVisible()).resolves.toBe(true);
  await expect(notice.textContent()).resolves.toMatch(/could not be read .* discarded/);
  await expect(notice.textContent()).resolves.toMatch(reason);
  await expect(page.evaluate(() => (({}) as Record<string, unknown>).w)).resolves.toBeUndefined();
  await weigh(page, DEEP, 1);
  await expect.poll(() => storedAnswers(page)).toEqual({ v: 3, a: { [DEEP]: { w: 1 } } });
  // The balance redraws after the save: read it once it has (a single read raced it under load).
  await expect.poll(() => balanceText(page)).toContain('Technical track: pros 1, cons 0');
  await context.close();
}
