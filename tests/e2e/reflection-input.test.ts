import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { gotoWithRecord, seededContext } from '../support/seeded-storage';
import { copied } from '../support/clipboard';
import { fragmentOf, KEY, note, radio, ready, stored, storedAnswers } from '../support/worksheet';

const site = useBrowser();
/** Markup that would run code if it were ever parsed as HTML. */
const PAYLOAD = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> &amp; &lt;b&gt;';

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: number }).pwned);

// Issue 9's worksheet, continued (reflection.test.ts has the reader's own use): answers that
// arrive from elsewhere (a share link) and data that cannot be trusted (corrupt or blocked
// storage, markup), each with a clear outcome. A file of its own so it runs beside the other.
describe('the reflection worksheet: shared answers and bad input', () => {
  test('a share link opened elsewhere shows the answers read-only and leaves that browser’s answers alone', async () => {
    const sender = await site.visit('/reflection/', { allowCopy: true });
    await ready(sender);
    await radio(sender, 'five-years', '4').check();
    await note(sender, 'five-years').fill('Principal by 2030.');
    await sender.click('[data-act=share]');
    // The share-link code arrives on this first click.
    await expect.poll(() => sender.locator('.rf-url').inputValue()).not.toBe('');
    const link = await sender.locator('.rf-url').inputValue();
    expect(new URL(link).pathname).toMatch(/\/reflection\/$/);
    expect(new URL(link).hash).toMatch(/^#answers=[A-Za-z0-9_-]+$/);
    await expect(copied(sender)).resolves.toBe(link);

    // Elsewhere: a fresh browser, with its own answers and none of the sender's.
    const reader = await site.open('/reflection/');
    await ready(reader);
    await radio(reader, 'energizes', '5').check();
    await expect.poll(() => storedAnswers(reader)).toEqual({ v: 3, a: { energizes: { p: 5 } } });
    const ownRecord = await stored(reader);

    await reader.goto(link);
    await ready(reader);
    await expect(reader.locator('.rf-shared').innerText()).resolves.toContain('Answers shared with you');
    await expect(radio(reader, 'five-years', '4').isChecked()).resolves.toBe(true);
    await expect(radio(reader, 'energizes', '5').isChecked()).resolves.toBe(false);
    await expect(radio(reader, 'five-years', '1').isDisabled()).resolves.toBe(true);
    await expect(note(reader, 'five-years').inputValue()).resolves.toBe('Principal by 2030.');
    await expect(note(reader, 'five-years').getAttribute('readonly')).resolves.not.toBeNull();
    await expect(stored(reader)).resolves.toBe(ownRecord);

    // Declining to replace keeps the reader's own answers.
    reader.once('dialog', (dialog) => dialog.dismiss());
    await reader.click('[data-act=adopt]');
    await expect(stored(reader)).resolves.toBe(ownRecord);

    await reader.click('[data-act=own]');
    await expect(reader.locator('.rf-shared').isHidden()).resolves.toBe(true);
    await expect(radio(reader, 'energizes', '5').isChecked()).resolves.toBe(true);
    await expect(radio(reader, 'five-years', '4').isChecked()).resolves.toBe(false);
    expect(new URL(reader.url()).hash).toBe('');
    await expect(stored(reader)).resolves.toBe(ownRecord);
  });

  test('saving shared answers as your own asks first, then replaces them', async () => {
    const page = await site.visit('/reflection/');
    await ready(page);
    await radio(page, 'energizes', '3').check();
    await expect.poll(() => stored(page)).not.toBeNull();
    await page.goto(
      site.urlOf(`/reflection/${fragmentOf({ v: 2, a: { 'let-go': { p: 1, n: 'Ready to delegate.' } } })}`),
    );
    await ready(page);
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.click('[data-act=adopt]');
    expect(asked).toMatch(/Replace your own answers/);
    await expect(storedAnswers(page)).resolves.toEqual({
      v: 3,
      a: { 'let-go': { p: 1, n: 'Ready to delegate.' } },
    });
    await expect(radio(page, 'let-go', '1').isEnabled()).resolves.toBe(true);
  });

  test('corrupt saved answers are discarded with a notice, and the worksheet still works', async () => {
    // A fresh browser: a kept page cannot take the init script that stores each record first.
    const page = await (await seededContext(site.browser, KEY)).newPage();
    for (const [what, bad] of [
      ['cut short', '{"v":2,"a":'],
      ['of an unknown version', '{"v":9,"a":{}}'],
      ['with an unknown question', '{"v":2,"a":{"nope":{"p":1}}}'],
      ['with a huge note', `{"v":2,"a":{"energizes":{"n":"${'x'.repeat(20_000)}"}}}`],
    ]) {
      await gotoWithRecord(page, site.urlOf('/reflection/'), bad!);
      await ready(page);
      const notice = page.locator('.rf-notice');
      await expect(notice.isVisible(), `a record ${what}: the notice shows`).resolves.toBe(true);
      await expect(notice.textContent(), `a record ${what}: the notice says why`).resolves.toMatch(
        /could not be read .* discarded/,
      );
      await radio(page, 'let-go', '4').check();
      await expect
        .poll(() => storedAnswers(page), { message: `a record ${what}: a new answer replaces it` })
        .toEqual({ v: 3, a: { 'let-go': { p: 4 } } });
    }
  });

  test('when storage is blocked the worksheet works in memory and says so', async () => {
    // A fresh browser: the init script that blocks storage could not be dropped from a kept page.
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(site.urlOf('/reflection/'));
    await ready(page);
    await expect(page.locator('.rf-notice').textContent()).resolves.toMatch(
      /not letting the page save anything/,
    );
    await radio(page, 'energizes', '4').check();
    await expect(page.locator('.rf-sum').textContent()).resolves.toMatch(/leans toward the management track/);
  });

  test('markup in a note is kept as text and never runs', async () => {
    const page = await site.visit('/reflection/');
    await ready(page);
    await note(page, 'energizes').fill(PAYLOAD);
    await expect.poll(() => storedAnswers(page)).toEqual({ v: 3, a: { energizes: { n: PAYLOAD } } });
    await page.reload();
    await ready(page);
    await expect(note(page, 'energizes').inputValue()).resolves.toBe(PAYLOAD);
    await expect(page.locator('reflection-worksheet img, reflection-worksheet b').count()).resolves.toBe(0);
    await expect(pwned(page)).resolves.toBeUndefined();
  });

  test('markup in a share link is shown as text and never runs', async () => {
    const page = await site.visit(
      `/reflection/${fragmentOf({ v: 3, a: { energizes: { p: 1, n: PAYLOAD } } })}`,
    );
    await ready(page);
    await expect(page.locator('.rf-shared').isVisible()).resolves.toBe(true);
    await expect(note(page, 'energizes').inputValue()).resolves.toBe(PAYLOAD);
    await expect(page.locator('reflection-worksheet img, reflection-worksheet b').count()).resolves.toBe(0);
    await expect(pwned(page)).resolves.toBeUndefined();
  });

  test('a share link that is damaged, not JSON, names an unknown question, puts an answer outside the scale or is huge is refused with a notice, and the reader’s own answers stay', async () => {
    const page = await site.visit('/reflection/');
    await ready(page);
    await radio(page, 'energizes', '5').check();
    await expect.poll(() => stored(page)).not.toBeNull();
    const own = await stored(page);
    for (const [what, fragment, reason] of [
      ['invalid base64', '#answers=%%%not-base64%%%', /damaged/],
      [
        'base64 of something that is not JSON',
        `#answers=${Buffer.from('<script>alert(1)</script>').toString('base64url')}`,
        /not valid data/,
      ],
      ['an unknown question id', fragmentOf({ v: 3, a: { salary: { p: 1 } } }), /does not have/],
      [
        'a position outside the scale',
        fragmentOf({ v: 3, a: { energizes: { p: '<b>7</b>' } } }),
        /outside the scale/,
      ],
      ['a huge payload', `#answers=${'A'.repeat(30_000)}`, /too long/],
    ] as const) {
      await page.goto(site.urlOf(`/reflection/${fragment}`));
      await ready(page);
      // Polled: the notice of the link before may still show until this link is read.
      await expect
        .poll(() => page.locator('.rf-notice').textContent(), { message: `${what}: the notice says why` })
        .toMatch(reason);
      await expect(page.locator('.rf-shared').isHidden(), `${what}: nothing shared is shown`).resolves.toBe(
        true,
      );
      await expect(
        radio(page, 'energizes', '5').isChecked(),
        `${what}: the reader’s own answer shows`,
      ).resolves.toBe(true);
      await expect(stored(page), `${what}: the reader’s own answers stay stored`).resolves.toBe(own);
      await expect(pwned(page), `${what}: nothing runs`).resolves.toBeUndefined();
    }
  });
});
