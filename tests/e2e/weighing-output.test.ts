import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser-fixture';
import { gotoWithRecord, seededContext } from '../support/seeded-storage';
import { copied } from '../support/clipboard';
import { KEY, note, radio, ready, stored, storedAnswers } from '../support/worksheet';
import { BROAD, DEEP, LESS, SCALABLE, SEVEN, balanceText, weigh, weighSeven } from '../support/weighing';

// Issue 12, continued (weighing.test.ts has weighing itself): the weights leaving the browser
// (share link, Markdown, print), stored records that cannot be trusted, and axe on the balance.
// A file of its own so it runs beside the other.
const site = useBrowser();

describe('weighing: sharing, printing and stored records', () => {
  test('the Markdown copy and download hold a table of the ten points with their weights, and the balance; the share link carries the weights, shown read-only to a recipient in a fresh browser, never overwriting their own', async () => {
    const sender = await site.visit('/', { allowCopy: true });
    await weighSeven(sender, site.urlOf);
    await sender.goto(site.urlOf('/reflection/'));
    await ready(sender);
    await sender.click('[data-act=copy]');
    await expect.poll(() => sender.locator('.rf-status').textContent()).toBe('Copied as Markdown.');
    const markdown = await copied(sender);
    expect(markdown, 'the copy has the weighing’s heading').toContain('## My weighing of the pros and cons');
    expect(markdown, 'a point weighed on its page').toContain(
      '| Deep impact | Technical | Pro | It decides it for me |',
    );
    expect(markdown, 'a point weighed not at all').toContain(
      '| Political vulnerability | Technical | Con | Not at all |',
    );
    expect(markdown, 'a point not weighed').toContain(
      '| Clearer path to senior leadership | Management | Pro | Not weighed yet |',
    );
    expect(markdown.match(/^\| (?!Point|---)/gm), 'a row for each of the ten points').toHaveLength(10);
    expect(markdown, 'the balance').toContain('- Technical track: pros 4, cons 2');
    const [download] = await Promise.all([
      sender.waitForEvent('download'),
      sender.click('[data-act=download]'),
    ]);
    const { readFile } = await import('node:fs/promises');
    // The browser runs behind a browser server: save the download here, then read it.
    const saved = join(tmpdir(), `download-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    await expect(readFile(saved, 'utf8'), 'the download is the copy').resolves.toBe(markdown);

    await radio(sender, 'five-years', '4').check();
    await sender.click('[data-act=share]');
    await expect.poll(() => sender.locator('.rf-url').inputValue()).not.toBe('');
    const link = await sender.locator('.rf-url').inputValue();

    // The recipient: a fresh browser, with its own weights and none of the sender's.
    const reader = await site.open('/compare/');
    await ready(reader);
    await weigh(reader, SCALABLE, 3);
    await expect.poll(() => stored(reader)).not.toBeNull();
    const own = await stored(reader);
    await reader.goto(link);
    await ready(reader);
    await expect(reader.locator('.rf-shared').isVisible(), 'the shared answers show').resolves.toBe(true);
    for (const line of SEVEN.slice(0, 2))
      await expect
        .poll(() => balanceText(reader), { message: `the shared balance: ${line}` })
        .toContain(line);
    await expect(balanceText(reader), 'the shared balance names their heaviest points').resolves.toContain(
      'Weighing most for them: Deep impact and Less technical',
    );
    await expect(reader.locator('.rf-bal svg').isVisible(), 'the shared balance’s picture').resolves.toBe(
      true,
    );
    await expect(stored(reader), 'opening the link stores nothing').resolves.toBe(own);
    await reader.click('[data-act=own]');
    await expect
      .poll(() => balanceText(reader), { message: 'back to the reader’s own balance' })
      .toContain('Management track: pros 3, cons 0');
    await expect(stored(reader), 'the reader’s own weights stay').resolves.toBe(own);
  });

  test('print shows the balance picture and its facts', async () => {
    const page = await site.visit('/compare/');
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
  });

  test('stored weights out of range, of the wrong type, or keyed by an unknown page id or __proto__ are discarded with a notice, nothing is polluted, and weighing still works', async () => {
    // A fresh browser: a kept page cannot take the init script that stores each record first.
    const page = await (await seededContext(site.browser, KEY)).newPage();
    for (const [what, record, reason] of [
      ['a weight out of range', JSON.stringify({ v: 3, a: { [DEEP]: { w: 7 } } }), /outside the four steps/],
      [
        'a weight of the wrong type',
        JSON.stringify({ v: 3, a: { [DEEP]: { w: '3' } } }),
        /outside the four steps/,
      ],
      [
        'an unknown page id',
        JSON.stringify({ v: 3, a: { 'technical-track/pros/salary': { w: 1 } } }),
        /does not have/,
      ],
      ['a weight keyed __proto__', '{"v":3,"a":{"__proto__":{"w":3}}}', /does not have/],
    ] as const) {
      await gotoWithRecord(page, site.urlOf('/compare/'), record);
      await ready(page);
      const notice = page.locator('.rf-notice');
      await expect(notice.isVisible(), `${what}: the notice shows`).resolves.toBe(true);
      await expect(notice.textContent(), `${what}: the notice says it was discarded`).resolves.toMatch(
        /could not be read .* discarded/,
      );
      await expect(notice.textContent(), `${what}: the notice says why`).resolves.toMatch(reason);
      await expect(
        page.evaluate(() => (({}) as Record<string, unknown>).w),
        `${what}: no object is polluted`,
      ).resolves.toBeUndefined();
      await weigh(page, DEEP, 1);
      await expect
        .poll(() => storedAnswers(page), { message: `${what}: a new weight replaces the record` })
        .toEqual({ v: 3, a: { [DEEP]: { w: 1 } } });
      // The balance redraws after the save: read it once it has (a single read raced it under load).
      await expect
        .poll(() => balanceText(page), { message: `${what}: the balance counts the new weight` })
        .toContain('Technical track: pros 1, cons 0');
    }
  });

  test('a record written by the build before weighing migrates without losing an answer', async () => {
    const today =
      '{"v":2,"a":{"energizes":{"p":2,"n":"I still review every pull request."},"let-go":{"p":"unsure"}}}';
    // A fresh browser: a kept page cannot take the init script that stores the record first.
    const page = await (await seededContext(site.browser, KEY)).newPage();
    await gotoWithRecord(page, site.urlOf('/compare/'), today);
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
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      test(`the balance has no axe violations (${colorScheme}, ${width} px)`, async () => {
        const page = await site.visit('/compare/', { colorScheme, viewport: { width, height: 900 } });
        await ready(page);
        await weigh(page, DEEP, 3);
        await weigh(page, LESS, 2);
        await expect.poll(() => page.locator('.rf-bal svg').count()).toBe(1);
        expect(await axeViolations(page, 'reflection-worksheet')).toEqual([]);
      });
    }
  }
});
