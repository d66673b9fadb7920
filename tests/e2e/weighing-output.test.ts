import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser-fixture';
import { contextWithRecord } from '../support/stored-record';
import { allowCopy, copied } from '../support/clipboard';
import { KEY, note, radio, ready, stored, storedAnswers } from '../support/worksheet';
import { BROAD, DEEP, LESS, SCALABLE, SEVEN, balanceText, weigh, weighSeven } from '../support/weighing';

// Issue 12, continued (weighing.test.ts has weighing itself): the weights leaving the browser
// (share link, Markdown, print), stored records that cannot be trusted, and axe on the balance.
// A file of its own so it runs beside the other.
const site = useBrowser();

describe('weighing: sharing, printing and stored records', () => {
  test('the share link carries the weights, shown read-only to a recipient in a fresh browser, never overwriting their own', async () => {
    const sender = await site.open('/');
    await allowCopy(sender.context());
    await weighSeven(sender, site.urlOf);
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
    await weighSeven(page, site.urlOf);
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
