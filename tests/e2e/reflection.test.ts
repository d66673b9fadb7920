import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser-fixture';
import { copied } from '../support/clipboard';
import { distDir } from '../../tools/lib/paths';
import { fragmentOf, KEY, note, radio, ready, stored, storedAnswers } from '../support/worksheet';

const site = useBrowser();
const PRO_CON = '/management-track/cons/less-technical/';

describe('the reflection worksheet', () => {
  test('an answer given on a pro/con page shows on the reflection page, and survives a reload', async () => {
    const page = await site.visit(PRO_CON);
    await ready(page);
    await radio(page, 'energizes', '2').check();
    await note(page, 'let-go').fill('I still review every pull request.');
    await expect
      .poll(() => storedAnswers(page), { message: 'the answer and the note are stored' })
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
  });

  test('loads its code only when a worksheet nears the viewport, within the page’s CSP', async () => {
    // A fresh browser: a first visit (a warm cache could serve the island's code without the
    // request counted here), and an init script, which a kept page could not drop.
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

  test('the summary describes a split without recommending and points to the third way; clearing asks for confirmation, then empties the worksheet and storage', async () => {
    const page = await site.visit('/reflection/');
    await ready(page);
    await radio(page, 'energizes', '1').check(); // technical
    await radio(page, 'five-years', '1').check(); // management
    await radio(page, 'let-go', 'unsure').check();
    const summary = page.locator('.rf-summary');
    await expect(summary.locator('.rf-sum').textContent(), 'the summary states the split').resolves.toBe(
      'One of your three answers leans toward the technical track, one leans toward the management track and one is not sure yet.',
    );
    await expect(
      summary.locator('.rf-split a').getAttribute('href'),
      'the split points to the third way',
    ).resolves.toMatch(/\/third-way\/$/);
    await expect(summary.locator('.rf-split').isVisible(), 'the split note shows').resolves.toBe(true);
    expect(await summary.innerText(), 'the summary recommends nothing').not.toMatch(
      /\byou should\b|\bchoose\b|\brecommend(?!\s+a path)/i,
    );

    await note(page, 'let-go').fill('Hard.');
    await expect
      .poll(() => stored(page), { message: 'the answers are stored before clearing' })
      .not.toBeNull();
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.click('[data-act=clear]');
    await expect(
      radio(page, 'let-go', 'unsure').isChecked(),
      'declining the confirmation keeps the answers',
    ).resolves.toBe(true);
    page.once('dialog', (dialog) => dialog.accept());
    await page.click('[data-act=clear]');
    await expect(radio(page, 'let-go', 'unsure').isChecked(), 'clearing unchecks the answer').resolves.toBe(
      false,
    );
    await expect(note(page, 'let-go').inputValue(), 'clearing empties the note').resolves.toBe('');
    await expect(stored(page), 'clearing empties storage').resolves.toBeNull();
  });

  test('a note typed just before switching away (the page hidden, no pagehide) is saved at once', async () => {
    const page = await site.visit('/reflection/');
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
  });

  test('answers written in another tab appear without a reload; when two tabs save at once and the later write drops the other’s answer, the tab that still has it saves it again', async () => {
    const page = await site.visit('/reflection/');
    const other = await page.context().newPage();
    await other.goto(site.urlOf(PRO_CON));
    await ready(page);
    await ready(other);
    await radio(other, 'let-go', '5').check();
    await expect
      .poll(() => radio(page, 'let-go', '5').isChecked(), { message: 'the other tab’s answer appears here' })
      .toBe(true);
    await other.close();

    await radio(page, 'energizes', '2').check();
    await expect
      .poll(() => storedAnswers(page), { message: 'both answers are stored' })
      .toEqual({ v: 3, a: { energizes: { p: 2 }, 'let-go': { p: 5 } } });
    // What a second tab writes when it read the record just before this tab's save landed:
    // its own answer only, a moment later.
    const late = await page.context().newPage();
    await late.goto(site.urlOf('/404.html'));
    await late.evaluate(
      (key) =>
        localStorage.setItem(key, JSON.stringify({ v: 3, a: { 'five-years': { p: 4, t: Date.now() } } })),
      KEY,
    );
    await expect
      .poll(() => storedAnswers(late), {
        message: 'the dropped answers are saved again beside the later one',
      })
      .toEqual({ v: 3, a: { energizes: { p: 2 }, 'let-go': { p: 5 }, 'five-years': { p: 4 } } });
    await expect(radio(page, 'five-years', '4').isChecked(), 'the later answer shows here').resolves.toBe(
      true,
    );
  });

  test('copy and download give the answers as Markdown; print shows them filled in, without the buttons', async () => {
    const page = await site.visit('/reflection/', { allowCopy: true });
    await ready(page);
    await radio(page, 'energizes', '4').check();
    await note(page, 'energizes').fill('Watching Ana lead the migration.');
    await expect.poll(() => page.locator('.rf-status').textContent()).toBe('Saved in this browser.');
    await page.click('[data-act=copy]');
    await expect.poll(() => page.locator('.rf-status').textContent()).toBe('Copied as Markdown.');
    const markdown = await copied(page);
    expect(markdown, 'the copy has the question').toContain('## What truly energizes you?');
    expect(markdown, 'the copy has the answer').toContain(
      '**My answer:** Leaning: Seeing a team you built succeed',
    );
    expect(markdown, 'the copy has the note').toContain('> Watching Ana lead the migration.');
    expect(markdown, 'the copy has the open questions').toContain('**My answer:** Not answered yet');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-act=download]')]);
    expect(download.suggestedFilename(), 'the download’s name').toBe('my-reflection-answers.md');
    const { readFile } = await import('node:fs/promises');
    // The browser runs behind a browser server: save the download here, then read it.
    const saved = join(tmpdir(), `download-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    await expect(readFile(saved, 'utf8'), 'the download is the copy').resolves.toBe(markdown);

    await radio(page, 'five-years', '5').check();
    const long = Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of a long note.`).join('\n');
    await note(page, 'five-years').fill(long);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.rf-tools').isVisible(), 'print hides the buttons').resolves.toBe(false);
    await expect(radio(page, 'five-years', '5').isChecked(), 'print shows the answer').resolves.toBe(true);
    const fits = await note(page, 'five-years').evaluate(
      (area) => area.scrollHeight <= area.clientHeight + 1,
    );
    expect(fits, 'print shows the whole long note').toBe(true);
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
  });

  test('the worksheet can be completed with the keyboard alone', async () => {
    const page = await site.visit('/reflection/');
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
  });

  test.each(['light', 'dark'] as const)(
    'has no axe violations in its states (%s theme, phone width)',
    { timeout: 120_000 },
    async (colorScheme) => {
      const shared = fragmentOf({ v: 3, a: { energizes: { p: 2, n: 'A note' } } });
      const paths = [`/reflection/${shared}`, '/reflection/#answers=broken!', PRO_CON];
      const page = await site.visit(paths[0]!, { colorScheme, viewport: { width: 390, height: 844 } });
      for (const path of paths) {
        // Each state from a page load of its own, as a reader opening the link would see it
        // (from one /reflection/ link to the next, a goto would only change the fragment).
        if (path !== paths[0]) {
          await page.goto('about:blank');
          await page.goto(site.urlOf(path));
        }
        await ready(page);
        const answer = radio(page, 'energizes', '3');
        // Someone else's answers are shown read-only; everywhere else the state audited is answered.
        if (path === `/reflection/${shared}`) await expect(answer.isDisabled(), path).resolves.toBe(true);
        else {
          await answer.check();
          await expect(answer.isChecked(), path).resolves.toBe(true);
        }
        expect(await axeViolations(page, 'reflection-worksheet'), path).toEqual([]);
      }
    },
  );
});
