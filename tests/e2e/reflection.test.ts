import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser-fixture';
import { contextWithRecord } from '../support/stored-record';
import { allowCopy, copied } from '../support/clipboard';
import { distDir } from '../../tools/lib/paths';
import { fragmentOf, KEY, note, radio, ready, stored, storedAnswers } from '../support/worksheet';

const site = useBrowser();
const PRO_CON = '/management-track/cons/less-technical/';
/** Markup that would run code if it were ever parsed as HTML. */
const PAYLOAD = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script> &amp; &lt;b&gt;';

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: number }).pwned);

describe('the reflection worksheet', () => {
  test('an answer given on a pro/con page shows on the reflection page, and survives a reload', async () => {
    const page = await site.open(PRO_CON);
    await ready(page);
    await radio(page, 'energizes', '2').check();
    await note(page, 'let-go').fill('I still review every pull request.');
    await expect
      .poll(() => storedAnswers(page))
      .toEqual({ v: 3, a: { energizes: { p: 2 }, 'let-go': { n: 'I still review every pull request.' } } });

    await page.goto(site.urlOf('/reflection/'));
    await ready(page);
    await expect(radio(page, 'energizes', '2').isChecked()).resolves.toBe(true);
    await expect(note(page, 'let-go').inputValue()).resolves.toBe('I still review every pull request.');
    await expect(page.locator('.rf-sum').textContent()).resolves.toBe(
      'Your one answer leans toward the technical track. Two questions are still open.',
    );

    await page.reload();
    await ready(page);
    await expect(radio(page, 'energizes', '2').isChecked()).resolves.toBe(true);
    await expect(note(page, 'let-go').inputValue()).resolves.toBe('I still review every pull request.');
    await page.context().close();
  });

  test('loads its code only when a worksheet nears the viewport, within the page’s CSP', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 700 } });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        ((window as unknown as { violations: string[] }).violations ??= []).push(event.violatedDirective),
      );
    });
    const page = await context.newPage();
    const islandRequests: string[] = [];
    page.on(
      'request',
      (request) => request.url().includes('reflection-worksheet') && islandRequests.push(request.url()),
    );
    await page.goto(site.urlOf(PRO_CON));
    await page.waitForLoadState('networkidle');
    expect(islandRequests).toEqual([]);
    await ready(page);
    expect(islandRequests).toHaveLength(1);
    await page.goto(site.urlOf('/'));
    await expect(page.locator('reflection-worksheet').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() =>
        [...document.scripts].some((script) => script.text.includes('reflection-worksheet')),
      ),
    ).resolves.toBe(false);
    await expect(
      page.evaluate(() =>
        [...document.querySelectorAll('style')].some((style) => style.textContent!.includes('.rf-q')),
      ),
    ).resolves.toBe(false);
    await page.goto(site.urlOf('/reflection/'));
    await ready(page);
    await expect(
      page.evaluate(() => (window as unknown as { violations?: string[] }).violations),
    ).resolves.toBeUndefined();
    await context.close();
  });

  test('the island’s JavaScript, eager loader included, fits in 5 KB gzip', () => {
    const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
    const chunk = readdirSync(join(distDir, '_astro')).find((name) =>
      /^reflection-worksheet.*\.js$/.test(name),
    );
    const html = readFileSync(join(distDir, 'reflection/index.html'), 'utf8');
    const loader = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .find((code) => code.includes('reflection-worksheet'));
    expect(chunk).toBeDefined();
    expect(loader).toBeDefined();
    const bytes = gzip(readFileSync(join(distDir, '_astro', chunk!))) + gzip(loader!);
    console.log(`reflection island: ${bytes} B gzip (chunk + loader)`);
    expect(bytes).toBeLessThanOrEqual(5120);
  });

  test('the summary describes a split without recommending, and points to the third way', async () => {
    const page = await site.open('/reflection/');
    await ready(page);
    await radio(page, 'energizes', '1').check(); // technical
    await radio(page, 'five-years', '1').check(); // management
    await radio(page, 'let-go', 'unsure').check();
    const summary = page.locator('.rf-summary');
    await expect(summary.locator('.rf-sum').textContent()).resolves.toBe(
      'One of your three answers leans toward the technical track, one leans toward the management track and one is not sure yet.',
    );
    await expect(summary.locator('.rf-split a').getAttribute('href')).resolves.toMatch(/\/third-way\/$/);
    await expect(summary.locator('.rf-split').isVisible()).resolves.toBe(true);
    expect(await summary.innerText()).not.toMatch(/\byou should\b|\bchoose\b|\brecommend(?!\s+a path)/i);
    await page.context().close();
  });

  test('a note typed just before switching away (the page hidden, no pagehide) is saved at once', async () => {
    const page = await site.open('/reflection/');
    await ready(page);
    await note(page, 'let-go').fill('I would miss the code.');
    // Hidden straight after typing, well inside the save's debounce: read the store in the
    // same task, so only a save made on hiding can be there.
    const saved = await page.evaluate((key) => {
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
      return localStorage.getItem(key);
    }, KEY);
    expect(JSON.parse(saved ?? 'null')?.a?.['let-go']?.n).toBe('I would miss the code.');
    await page.context().close();
  });

  test('answers written in another tab appear without a reload', async () => {
    const page = await site.open('/reflection/');
    const other = await page.context().newPage();
    await other.goto(site.urlOf(PRO_CON));
    await ready(page);
    await ready(other);
    await radio(other, 'let-go', '5').check();
    await expect.poll(() => radio(page, 'let-go', '5').isChecked()).toBe(true);
    await page.context().close();
  });

  test('when two tabs save at once and the later write drops the other’s answer, the tab that still has it saves it again', async () => {
    const page = await site.open('/reflection/');
    await ready(page);
    await radio(page, 'energizes', '2').check();
    await expect.poll(() => storedAnswers(page)).toEqual({ v: 3, a: { energizes: { p: 2 } } });
    // What the second tab writes when it read the record just before this tab's save landed:
    // its own answer only, a moment later.
    const other = await page.context().newPage();
    await other.goto(site.urlOf('/404.html'));
    await other.evaluate(
      (key) =>
        localStorage.setItem(key, JSON.stringify({ v: 3, a: { 'five-years': { p: 4, t: Date.now() } } })),
      KEY,
    );
    await expect
      .poll(() => storedAnswers(other))
      .toEqual({ v: 3, a: { energizes: { p: 2 }, 'five-years': { p: 4 } } });
    await expect(radio(page, 'five-years', '4').isChecked()).resolves.toBe(true);
  });

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

  test('clearing asks for confirmation, then empties the worksheet and storage', async () => {
    const page = await site.open('/reflection/');
    await ready(page);
    await radio(page, 'let-go', '2').check();
    await note(page, 'let-go').fill('Hard.');
    await expect.poll(() => stored(page)).not.toBeNull();
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.click('[data-act=clear]');
    await expect(radio(page, 'let-go', '2').isChecked()).resolves.toBe(true);
    page.once('dialog', (dialog) => dialog.accept());
    await page.click('[data-act=clear]');
    await expect(radio(page, 'let-go', '2').isChecked()).resolves.toBe(false);
    await expect(note(page, 'let-go').inputValue()).resolves.toBe('');
    await expect(stored(page)).resolves.toBeNull();
    await page.context().close();
  });

  test('copy and download give the answers as Markdown', async () => {
    const page = await site.open('/reflection/');
    await allowCopy(page.context());
    await ready(page);
    await radio(page, 'energizes', '4').check();
    await note(page, 'energizes').fill('Watching Ana lead the migration.');
    await expect.poll(() => page.locator('.rf-status').textContent()).toBe('Saved in this browser.');
    await page.click('[data-act=copy]');
    await expect.poll(() => page.locator('.rf-status').textContent()).toBe('Copied as Markdown.');
    const markdown = await copied(page);
    expect(markdown).toContain('## What truly energizes you?');
    expect(markdown).toContain('**My answer:** Leaning: Seeing a team you built succeed');
    expect(markdown).toContain('> Watching Ana lead the migration.');
    expect(markdown).toContain('**My answer:** Not answered yet');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-act=download]')]);
    expect(download.suggestedFilename()).toBe('my-reflection-answers.md');
    const { readFile } = await import('node:fs/promises');
    // The browser runs behind a browser server: save the download here, then read it.
    const saved = join(tmpdir(), `download-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    await expect(readFile(saved, 'utf8')).resolves.toBe(markdown);
    await page.context().close();
  });

  test('prints with the answers filled in and without the buttons', async () => {
    const page = await site.open('/reflection/');
    await ready(page);
    await radio(page, 'five-years', '5').check();
    const long = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of a long note.`).join('\n');
    await note(page, 'five-years').fill(long);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.rf-tools').isVisible()).resolves.toBe(false);
    await expect(radio(page, 'five-years', '5').isChecked()).resolves.toBe(true);
    const fits = await note(page, 'five-years').evaluate(
      (area) => area.scrollHeight <= area.clientHeight + 1,
    );
    expect(fits).toBe(true);
    await page.context().close();
  });

  test('without JavaScript the worksheet is all there, ready to print', async () => {
    const page = await site.open('/reflection/', { javaScriptEnabled: false });
    await expect(page.locator('fieldset.rf-q').count()).resolves.toBe(3);
    await expect(page.locator('fieldset#what-truly-energizes-you legend').innerText()).resolves.toBe(
      'What truly energizes you? Is it the thrill of a breakthrough in a complex technical problem, or the satisfaction of seeing a team you built succeed?',
    );
    await expect(page.locator('input[name="energizes"]').count()).resolves.toBe(6);
    await expect(page.locator('fieldset#are-you-willing-to-let-go textarea').isVisible()).resolves.toBe(true);
    await expect(page.locator('.rf-private').innerText()).resolves.toMatch(/never sent anywhere/);
    await expect(page.locator('.rf-tools button:not([disabled])').count()).resolves.toBe(0);
    await page.context().close();
  });

  test('the worksheet can be completed with the keyboard alone', async () => {
    const page = await site.open('/reflection/');
    await ready(page);
    // Tab along (past links and each section's copy-link controls) until a question's scale has focus.
    const focused = () => page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    const tabTo = async (name: string) => {
      for (let presses = 0; (await focused()) !== name; presses++) {
        expect(presses, `Tab presses to reach ${name}`).toBeLessThan(80);
        await page.keyboard.press('Tab');
      }
    };
    await tabTo('energizes');
    await page.keyboard.press('Space'); // 1
    await page.keyboard.press('ArrowRight'); // 2
    await page.keyboard.press('Tab'); // the note
    await page.keyboard.type('Typed by keyboard.');
    await tabTo('five-years');
    await page.keyboard.press('ArrowRight');
    await tabTo('let-go');
    await page.keyboard.press('ArrowLeft'); // wraps to "not sure yet"
    await expect
      .poll(() => storedAnswers(page))
      .toEqual({
        v: 3,
        a: {
          energizes: { p: 2, n: 'Typed by keyboard.' },
          'five-years': { p: 2 },
          'let-go': { p: 'unsure' },
        },
      });
    await page.context().close();
  });

  test.each(['light', 'dark'] as const)(
    'has no axe violations in its states (%s theme, phone width)',
    { timeout: 120_000 },
    async (colorScheme) => {
      const shared = fragmentOf({ v: 3, a: { energizes: { p: 2, n: 'A note' } } });
      for (const path of [`/reflection/${shared}`, '/reflection/#answers=broken!', PRO_CON]) {
        const page = await site.open(path, { colorScheme, viewport: { width: 390, height: 844 } });
        await ready(page);
        const answer = radio(page, 'energizes', '3');
        // Someone else's answers are shown read-only; everywhere else the state audited is answered.
        if (path === `/reflection/${shared}`) await expect(answer.isDisabled()).resolves.toBe(true);
        else {
          await answer.check();
          await expect(answer.isChecked()).resolves.toBe(true);
        }
        expect(await axeViolations(page, 'reflection-worksheet'), path).toEqual([]);
        await page.context().close();
      }
    },
  );
});
