/**
 * Issue 9: nothing a reader does in the worksheet is lost. Acts at a reader's speed
 * (typing with a delay between keys) on a slow network (the island's code held back).
 */
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { delayIsland, islandRan, note, radio, ready, storedAnswers } from '../support/worksheet';

const site = useBrowser();
const TYPING = { delay: 40 };

describe('answers given before the island’s code arrives', () => {
  // Each in a fresh browser: its island code is held back before it ever loaded (a warm cache
  // could let it through), and the third test's two tabs race that held code.
  test('are taken as the reader’s, saved when the code arrives, and shown after a reload', async () => {
    const page = await site.open('about:blank');
    const release = await delayIsland(page);
    await page.goto(site.urlOf('/reflection/'));
    await radio(page, 'energizes', '4').click();
    await note(page, 'energizes').pressSequentially('Typed before the code came.', TYPING);
    await radio(page, 'let-go', 'unsure').click();
    expect(await islandRan(page)).toBe(false);
    release();
    await page.waitForFunction(() => customElements.get('reflection-worksheet') !== undefined);
    await expect
      .poll(() => storedAnswers(page))
      .toEqual({
        v: 3,
        a: { energizes: { p: 4, n: 'Typed before the code came.' }, 'let-go': { p: 'unsure' } },
      });
    await expect
      .poll(() => page.locator('.rf-sum').textContent())
      .toMatch(/^One of your two answers leans toward the management track/);

    await page.unrouteAll();
    await page.reload();
    await ready(page);
    await expect(radio(page, 'energizes', '4').isChecked()).resolves.toBe(true);
    await expect(note(page, 'energizes').inputValue()).resolves.toBe('Typed before the code came.');
    await expect(radio(page, 'let-go', 'unsure').isChecked()).resolves.toBe(true);
    await page.context().close();
  });

  test('a weight picked on a pro/con page before the code arrives is saved', async () => {
    const page = await site.open('about:blank');
    const release = await delayIsland(page);
    await page.goto(site.urlOf('/technical-track/pros/deep-impact/'));
    await radio(page, 'technical-track/pros/deep-impact', '2').click();
    expect(await islandRan(page)).toBe(false);
    release();
    await expect
      .poll(() => storedAnswers(page))
      .toEqual({ v: 3, a: { 'technical-track/pros/deep-impact': { w: 2 } } });
    await page.unrouteAll();
    await page.reload();
    await ready(page);
    await expect(radio(page, 'technical-track/pros/deep-impact', '2').isChecked()).resolves.toBe(true);
    await page.context().close();
  });

  test('give way to a newer answer saved in another tab meanwhile, and keep the rest', async () => {
    const slow = await site.open('about:blank');
    const release = await delayIsland(slow);
    await slow.goto(site.urlOf('/reflection/'));
    await radio(slow, 'energizes', '5').click(); // first, in the slow tab
    await note(slow, 'five-years').pressSequentially('Only here.', TYPING);

    const other = await slow.context().newPage();
    await other.goto(site.urlOf('/reflection/'));
    await ready(other);
    await radio(other, 'energizes', '1').check(); // later, in a tab whose code is there
    await expect.poll(() => storedAnswers(other)).toEqual({ v: 3, a: { energizes: { p: 1 } } });

    release();
    await expect
      .poll(() => storedAnswers(slow))
      .toEqual({ v: 3, a: { energizes: { p: 1 }, 'five-years': { n: 'Only here.' } } });
    await expect(radio(slow, 'energizes', '1').isChecked()).resolves.toBe(true);
    await expect.poll(() => note(other, 'five-years').inputValue()).toBe('Only here.');
    await slow.context().close();
  });
});

describe('two tabs', () => {
  // The file's kept page and a second tab in its context (closed by the fixture): both share
  // one localStorage, as two tabs of one browser do.
  test('on /reflection/: answering question 1 in one and question 2 in the other keeps both, in both tabs and after a reload; clearing in one tab clears the other', async () => {
    const first = await site.visit('/reflection/');
    const second = await first.context().newPage();
    await second.goto(site.urlOf('/reflection/'));
    await ready(first);
    await ready(second);
    // Both before either tab has saved (saving waits 400 ms for more typing).
    await radio(first, 'energizes', '2').check();
    await radio(second, 'five-years', '4').check();
    await note(second, 'five-years').pressSequentially('Staff, then principal.', TYPING);
    const both = { v: 3, a: { energizes: { p: 2 }, 'five-years': { p: 4, n: 'Staff, then principal.' } } };
    await expect.poll(() => storedAnswers(first), { message: 'both answers are stored' }).toEqual(both);
    for (const page of [first, second]) {
      await expect
        .poll(() => radio(page, 'energizes', '2').isChecked(), { message: 'question 1 shows in both tabs' })
        .toBe(true);
      await expect
        .poll(() => radio(page, 'five-years', '4').isChecked(), { message: 'question 2 shows in both tabs' })
        .toBe(true);
    }
    await expect
      .poll(() => note(first, 'five-years').inputValue(), {
        message: 'the note typed in the second tab shows in the first',
      })
      .toBe('Staff, then principal.');
    await first.reload();
    await ready(first);
    await expect(radio(first, 'energizes', '2').isChecked(), 'question 1 after a reload').resolves.toBe(true);
    await expect(note(first, 'five-years').inputValue(), 'the note after a reload').resolves.toBe(
      'Staff, then principal.',
    );

    await radio(first, 'let-go', '2').check();
    await expect
      .poll(() => radio(second, 'let-go', '2').isChecked(), { message: 'an answer shows in the other tab' })
      .toBe(true);
    first.once('dialog', (dialog) => dialog.accept());
    await first.click('[data-act=clear]');
    await expect
      .poll(() => radio(second, 'let-go', '2').isChecked(), {
        message: 'clearing in one tab clears the other',
      })
      .toBe(false);
    await expect(storedAnswers(second), 'nothing is left stored').resolves.toBeNull();
  });

  test('weighing one point in each keeps both weights', async () => {
    const first = await site.visit('/technical-track/pros/deep-impact/');
    const second = await first.context().newPage();
    await second.goto(site.urlOf('/management-track/cons/less-technical/'));
    await ready(first);
    await ready(second);
    await radio(first, 'technical-track/pros/deep-impact', '3').check();
    await radio(second, 'management-track/cons/less-technical', '1').check();
    const both = {
      v: 3,
      a: { 'technical-track/pros/deep-impact': { w: 3 }, 'management-track/cons/less-technical': { w: 1 } },
    };
    await expect
      .poll(() => storedAnswers(first), { message: 'both weights, seen from the first tab' })
      .toEqual(both);
    await expect
      .poll(() => storedAnswers(second), { message: 'both weights, seen from the second tab' })
      .toEqual(both);
  });
});
