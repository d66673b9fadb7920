import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { contextWithRecord } from '../support/stored-record';
import { allowCopy, copied } from '../support/clipboard';
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
    const sender = await site.open('/reflection/');
    await allowCopy(sender.context());
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
    await sender.context().close();

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
    await reader.context().close();
  });

  test('saving shared answers as your own asks first, then replaces them', async () => {
    const page = await site.open('/reflection/');
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
    await page.context().close();
  });

  test('corrupt saved answers are discarded with a notice, and the worksheet still works', async () => {
    for (const bad of [
      '{"v":2,"a":',
      '{"v":9,"a":{}}',
      '{"v":2,"a":{"nope":{"p":1}}}',
      `{"v":2,"a":{"energizes":{"n":"${'x'.repeat(20_000)}"}}}`,
    ]) {
      const context = await contextWithRecord(site.browser, KEY, bad);
      const page = await context.newPage();
      await page.goto(site.urlOf('/reflection/'));
      await ready(page);
      const notice = page.locator('.rf-notice');
      await expect(notice.isVisible()).resolves.toBe(true);
      await expect(notice.textContent()).resolves.toMatch(/could not be read .* discarded/);
      await radio(page, 'let-go', '4').check();
      await expect.poll(() => storedAnswers(page)).toEqual({ v: 3, a: { 'let-go': { p: 4 } } });
      await page.context().close();
    }
  });

  test('when storage is blocked the worksheet works in memory and says so', async () => {
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
    await context.close();
  });

  test('markup in a note is kept as text and never runs', async () => {
    const page = await site.open('/reflection/');
    await ready(page);
    await note(page, 'energizes').fill(PAYLOAD);
    await expect.poll(() => storedAnswers(page)).toEqual({ v: 3, a: { energizes: { n: PAYLOAD } } });
    await page.reload();
    await ready(page);
    await expect(note(page, 'energizes').inputValue()).resolves.toBe(PAYLOAD);
    await expect(page.locator('reflection-worksheet img, reflection-worksheet b').count()).resolves.toBe(0);
    await expect(pwned(page)).resolves.toBeUndefined();
    await page.context().close();
  });

  test('markup in a share link is shown as text and never runs', async () => {
    const page = await site.open(
      `/reflection/${fragmentOf({ v: 3, a: { energizes: { p: 1, n: PAYLOAD } } })}`,
    );
    await ready(page);
    await expect(page.locator('.rf-shared').isVisible()).resolves.toBe(true);
    await expect(note(page, 'energizes').inputValue()).resolves.toBe(PAYLOAD);
    await expect(page.locator('reflection-worksheet img, reflection-worksheet b').count()).resolves.toBe(0);
    await expect(pwned(page)).resolves.toBeUndefined();
    await page.context().close();
  });

  test.each([
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
  ])(
    'a share link with %s is refused with a notice, and the reader’s own answers stay',
    async (_, fragment, reason) => {
      const page = await site.open('/reflection/');
      await ready(page);
      await radio(page, 'energizes', '5').check();
      await expect.poll(() => stored(page)).not.toBeNull();
      const own = await stored(page);
      await page.goto(site.urlOf(`/reflection/${fragment}`));
      await ready(page);
      await expect(page.locator('.rf-notice').textContent()).resolves.toMatch(reason);
      await expect(page.locator('.rf-shared').isHidden()).resolves.toBe(true);
      await expect(radio(page, 'energizes', '5').isChecked()).resolves.toBe(true);
      await expect(stored(page)).resolves.toBe(own);
      await expect(pwned(page)).resolves.toBeUndefined();
      await page.context().close();
    },
  );
});
