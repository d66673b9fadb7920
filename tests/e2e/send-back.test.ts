import { deflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { allowCopy, copied } from '../support/clipboard';

const site = useBrowser();
/** Markup that would run code if it were ever parsed as HTML. */
const PAYLOAD = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: number }).pwned);
const DEEP = 'technical-track/pros/deep-impact';
const POLITICAL = 'technical-track/cons/political-vulnerability';

/** A path link as the composer makes it (version 1), or any values as a stranger might (version 2). */
const link = (values: unknown[], version = '1') =>
  `/path/#p=${version}z${deflateRawSync(Buffer.from(JSON.stringify(values))).toString('base64url')}`;

/** The mentor's path: seven steps, two with a pro or con's weighing, one with a question. */
const TITLE = 'Before our 1:1';
const steps = [
  ['deep-impact', 'What would you keep?'],
  ['political-vulnerability', `Think of the re-org. ${PAYLOAD}`],
  ['are-you-willing-to-let-go', 'Answer this one.'],
  ['direct-control-and-ownership', ''],
  ['less-technical', 'Be honest.'],
  ['a-third-way', ''],
  ['the-dilemma', 'Back to the start.'],
];
const PATH = link([TITLE, 'Read in order.', ...steps.flat()]);

/** Everything this browser keeps of its own: answers and weights, path draft and read marks. */
const own = (page: Page) =>
  page.evaluate(() => [localStorage.getItem('reflection-answers'), localStorage.getItem('reading-paths')]);
const stepItem = (page: Page, index: number) => page.locator('.path-follow-steps > li').nth(index);

describe('sending a path back to the mentor', () => {
  test(
    'the mentee reads, answers, weighs, names themself and sends it back; the mentor sees all of it as theirs, nothing of their own changed, all of it in the Markdown',
    { timeout: 120_000 },
    async () => {
      // The mentee, in a fresh browser (a first visit from the shared link): a context of its own.
      const mentee = await site.newContext({ viewport: { width: 1280, height: 900 } });
      await allowCopy(mentee, new URL(site.siteUrl).origin);
      const reader = await mentee.newPage();
      await reader.goto(site.urlOf(PATH));
      await reader.waitForSelector('reflection-worksheet:defined');
      // A pro or con step has its page's weighing control; other steps do not.
      await expect
        .poll(() =>
          stepItem(reader, 0).getByRole('group', { name: 'How much does this weigh for you?' }).count(),
        )
        .toBe(1);
      expect(await stepItem(reader, 5).locator('fieldset').count()).toBe(0);
      for (const index of [0, 1, 2]) await stepItem(reader, index).getByLabel('Mark as read').check();
      await expect.poll(() => reader.locator('.path-progress').textContent()).toBe('3 of 7 read');
      await reader.locator('input[name="let-go"][value="4"]').check();
      await reader.locator('textarea[name="let-go-note"]').fill(`I would miss the code. ${PAYLOAD}`);
      await stepItem(reader, 0).getByRole('radio', { name: 'It decides it for me' }).check();
      await stepItem(reader, 1).getByRole('radio', { name: 'A lot' }).check();
      // Weighed in the path is weighed on the page: the same record.
      await expect
        .poll(() => reader.evaluate(() => JSON.parse(localStorage.getItem('reflection-answers') ?? '{}').a))
        .toEqual({
          'let-go': { p: 4, n: `I would miss the code. ${PAYLOAD}`, t: expect.any(Number) },
          [DEEP]: { w: 3, t: expect.any(Number) },
          [POLITICAL]: { w: 2, t: expect.any(Number) },
        });
      await reader.getByLabel('Your name (optional: they will see it)').fill('Alex');
      await reader.getByRole('button', { name: 'Send back to your mentor' }).click();
      await expect.poll(() => copied(reader)).toMatch(/\/path\/#p=2z[A-Za-z0-9_-]+$/);
      const sentBack = await copied(reader);
      expect(await reader.locator('.path-send .path-url').inputValue()).toBe(sentBack);
      expect(sentBack.length).toBeLessThanOrEqual(2000);
      await mentee.close();

      // The mentor, in another browser (the file's kept page: it shares nothing with the
      // mentee's), with answers, weights, a draft and read marks of their own.
      const page = await site.visit('/reflection/', {
        viewport: { width: 1280, height: 900 },
        allowCopy: true,
      });
      await page.evaluate(() => {
        localStorage.setItem(
          'reflection-answers',
          JSON.stringify({
            v: 3,
            a: {
              'let-go': { p: 1, n: 'The mentor’s own note.', t: 1 },
              'technical-track/pros/deep-impact': { w: 0, t: 1 },
            },
          }),
        );
        localStorage.setItem(
          'reading-paths',
          JSON.stringify({ v: 1, d: ['My own draft', '', 'deep-impact', ''], r: { abc: ['deep-impact'] } }),
        );
      });
      const before = await own(page);
      await page.goto(sentBack);
      await page.waitForSelector('.path-balance svg');
      expect(await page.locator('h1').textContent()).toBe(TITLE);
      expect(await page.locator('.path-theirs').innerText()).toMatch(
        /^Sent back by Alex: their read marks, answers and weights, shown read-only\.\s+Your own answers, weights, path draft and read marks in this browser are untouched\.$/,
      );
      expect(await page.locator('.path-progress').textContent()).toBe('Alex’s read marks: 3 of 7 read');
      expect(await page.locator('.path-follow-steps .path-read').allTextContents()).toEqual([
        ...Array(3).fill('Alex marked this read'),
        ...Array(4).fill('Not marked read'),
      ]);
      // Their answer inside the question step, their weights beside the pros and cons.
      expect(await stepItem(page, 2).locator('.path-answer p').allTextContents()).toEqual([
        'Alex’s answer: Leaning: Struggle to stay out of the weeds',
        `Alex’s note: I would miss the code. ${PAYLOAD}`,
      ]);
      expect(await stepItem(page, 0).locator('.path-answer').textContent()).toBe(
        'How much this weighs for Alex: It decides it for me',
      );
      expect(await stepItem(page, 1).locator('.path-answer').textContent()).toBe(
        'How much this weighs for Alex: A lot',
      );
      expect(await stepItem(page, 3).locator('.path-answer').textContent()).toBe(
        'How much this weighs for Alex: Not weighed',
      );
      expect(await stepItem(page, 1).locator('.path-note').textContent()).toBe(
        `Note: Think of the re-org. ${PAYLOAD}`,
      );
      // Their balance at the end, over the path's three pros and cons.
      const balance = await page.locator('.path-balance').innerText();
      expect(balance).toContain('Alex’s balance of this path’s pros and cons');
      expect(balance).toContain('Technical track: pros 3, cons 2');
      expect(balance).toContain('Management track: pros 0, cons 0');
      expect(balance).toContain('Weighing most for them: Deep Impact (it decides it for me).');
      // Read-only: no control of the reader's own, no worksheet, nothing ran.
      expect(
        await page.locator('[data-view=follow] :is(input, textarea, reflection-worksheet)').count(),
      ).toBe(0);
      expect(await pwned(page)).toBeUndefined();
      expect(await page.locator('.path-page img, .path-page script').count()).toBe(0);

      // The whole picture as Markdown.
      await page.getByRole('button', { name: 'Copy as Markdown' }).click();
      await expect.poll(() => copied(page)).toContain(`# ${TITLE}`);
      const markdown = await copied(page);
      for (const part of [
        '**Sent back by Alex: 3 of 7 read.**',
        '   > What would you keep?',
        '   *Alex’s mark: read*',
        '   **Alex’s weight** (how much this weighs for them): It decides it for me',
        '   **Alex’s weight** (how much this weighs for them): A lot',
        '   **Alex’s answer to “Are you willing to let go?”:** Leaning: Struggle to stay out of the weeds',
        '   > I would miss the code. \\<img src=x onerror="window.pwned=1"\\>',
        '## Alex’s balance of this path’s pros and cons',
        '- Technical track: pros 3, cons 2',
        `Read it as one path: ${sentBack}`,
      ])
        expect(markdown).toContain(part);

      // axe on this view, in both themes and at both widths: gate-a11y.test.ts (SEVEN_STEP_REPLY).
      // Nothing of the mentor's own changed, after a reload too.
      await page.reload();
      await page.waitForSelector('.path-balance svg');
      expect(await own(page)).toEqual(before);

      // Edit a copy still gives the path alone.
      page.once('dialog', (dialog) => void dialog.accept());
      await page.getByRole('button', { name: 'Edit a copy' }).click();
      await page.waitForURL(/\/path\/$/);
      await expect.poll(() => page.locator('.path-steps .path-step-title').count()).toBe(7);
      const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('reading-paths') ?? '{}').d);
      expect(draft).toEqual([TITLE, 'Read in order.', ...steps.flat()]);
      expect(await page.evaluate(() => localStorage.getItem('reflection-answers'))).toBe(before[0]);

      // A tampered reply shows what it can and lists the rest in the same notice.
      await page.goto(
        site.urlOf(
          link(
            [
              'T',
              '',
              'deep-impact',
              '',
              {
                n: 'x'.repeat(61),
                r: ['deep-impact', 'elsewhere'],
                a: { [DEEP]: { w: 9 }, 'management-track/pros/scalable-impact': { w: 2 }, salary: { p: 1 } },
              },
            ],
            '2',
          ),
        ),
      );
      await page.waitForSelector('.path-theirs');
      const problems = await page.locator('.path-problems').innerText();
      for (const problem of [
        'The name is longer than 60 characters, so it is left out.',
        'A read mark names a step this path does not have, so it is left out.',
        'A weight is not one of the four steps, so it is left out.',
        'An answer or weight for a page this path does not hold is left out.',
        'An answer or weight for a question this path does not hold is left out.',
      ])
        expect(problems).toContain(problem);
      expect(await page.locator('.path-progress').textContent()).toBe('Their read marks: 1 of 1 read');
      expect(await stepItem(page, 0).locator('.path-answer').textContent()).toBe(
        'How much this weighs for them: Not weighed',
      );
    },
  );

  test('when the questions cannot be loaded, sending back still sends the read marks, and says what is missing', async () => {
    // Another page first: the route must be in place before the path page loads and asks.
    const page = await site.visit('/', { allowCopy: true });
    // /reflection/ answers, but without its worksheet (a captive portal, a proxy's error page).
    // (Routing turns the kept page's cache off, so the request cannot bypass the route.)
    let asked = false;
    await page.route(/\/reflection\/$/, (route) => {
      asked = true;
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<p>Not here</p>' });
    });
    await page.goto(site.urlOf(PATH));
    await stepItem(page, 0).getByLabel('Mark as read').check();
    await expect.poll(() => asked).toBe(true);
    await page.getByRole('button', { name: 'Send back to your mentor' }).click();
    await expect
      .poll(() => page.locator('.path-status').textContent())
      .toMatch(/with your read marks but without answers or weights: the questions could not be loaded/);
    const sent = await copied(page);
    await page.goto(sent);
    await page.waitForSelector('.path-theirs');
    expect(await page.locator('.path-progress').textContent()).toBe('Their read marks: 1 of 7 read');
  });

  test('a shared-answers view says “their” and offers nothing that acts on the reader’s own answers beside them', async () => {
    const answers = { v: 3, a: { energizes: { p: 2, n: 'A note' }, [DEEP]: { w: 2 } } };
    const page = await site.visit(
      `/reflection/#answers=${Buffer.from(JSON.stringify(answers)).toString('base64url')}`,
    );
    await page.waitForSelector('reflection-worksheet:defined');
    await page.locator('.rf-bal').scrollIntoViewIfNeeded();
    await page.waitForSelector('.rf-pic svg');
    const headings = () => page.locator('reflection-worksheet h2').allInnerTexts();
    expect(await headings()).toEqual(['Where their answers lean', 'Their balance']);
    expect(await page.getByRole('button', { name: 'Clear my answers' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save these as my answers' }).isVisible()).toBe(true);
    expect(await page.locator('.rf-private').isVisible()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Their note' }).first().inputValue()).toBe('A note');
    // The balance's facts stand apart from its picture.
    const gap = await page.evaluate(
      () =>
        document.querySelector('.rf-pic ul')!.getBoundingClientRect().top -
        document.querySelector('.rf-pic svg')!.getBoundingClientRect().bottom,
    );
    expect(gap).toBeGreaterThanOrEqual(12);
    // Back to their own answers: "your" again, and Clear is offered.
    await page.getByRole('button', { name: 'Back to my own answers' }).click();
    await expect.poll(() => headings()).toEqual(['Where your answers lean', 'Your balance']);
    expect(await page.getByRole('button', { name: 'Clear my answers' }).isVisible()).toBe(true);
    expect(await page.getByRole('textbox', { name: 'Your note' }).count()).toBe(3);
  });
});
