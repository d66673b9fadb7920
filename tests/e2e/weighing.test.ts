/** Issue 12: weighing the ten pros and cons, and the balance of the two tracks. */
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { isAfterLoadByDesign } from '../../tools/lib/page-load';
import { radio, ready, storedAnswers } from '../support/worksheet';
import { CONTROL, DEEP, PROS_AND_CONS, SEVEN, balanceText, weigh, weighSeven } from '../support/weighing';

// The full browser: a first visit here must load no island code before the reader acts, and the
// headless shell's mouse over each new page would act for them (tests/support/browser-fixture.ts).
const site = useBrowser({ browser: 'chromium' });

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
  });

  test('a first visit to a pro/con page or /compare/ loads no island code until the reader changes a control', async () => {
    // A fresh browser: a first visit, with nothing cached that a request could be spared for.
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    // Every request but the offline worker's registration, which comes after load by design.
    page.on('request', (request) => {
      if (!isAfterLoadByDesign(request.url())) requests.push(new URL(request.url()).pathname);
    });
    for (const path of ['/technical-track/pros/deep-impact/', '/compare/']) {
      requests.length = 0;
      await page.goto(site.urlOf(path));
      await page.waitForLoadState('networkidle');
      expect(requests, path).toEqual([new URL(site.urlOf(path)).pathname]);
    }
    await page.locator('fieldset[data-w] label').first().click();
    await page.waitForFunction(() => customElements.get('reflection-worksheet') !== undefined);
    expect(requests.some((path) => path.includes('reflection-worksheet'))).toBe(true);
  });

  test('every pro/con page’s own control saves its weight', async () => {
    const page = await site.visit('/');
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
  });

  test('four weighed on their pages and three on /compare/ add up in the balance on /compare/ and /reflection/, after a reload and in a second tab', async () => {
    const page = await site.visit('/');
    await weighSeven(page, site.urlOf);
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
  });

  test('where the weights and the answers point different ways, the balance says so and points to the third way', async () => {
    const page = await site.visit('/compare/');
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
  });
});
