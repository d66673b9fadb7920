import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { firstResultFor } from '../support/search-results';

// Issue 13: search speaks the reader's words (hidden search terms) and forgives one typo,
// in the real build, typed as a reader types, with nothing of it on a page's first load.
const site = useBrowser();

const field = (page: Page) => page.locator('pagefind-input input');

/** Opens the search dialog on `path` and types `query` at a reader's pace. */
async function searchOn(path: string, query: string): Promise<Page> {
  const page = await site.open(path);
  await page.keyboard.press('/');
  await page.keyboard.type(query, { delay: 40 });
  await expect.poll(() => field(page).inputValue()).toBe(query);
  return page;
}

describe('hidden search terms', () => {
  test('"IC" lands on the technical track first, saying it matched "IC", with article text as the excerpt', async () => {
    const page = await searchOn('/', 'IC');
    await expect.poll(() => firstResultFor(page, 'IC')).toBe('/technical-track/');
    const first = page.locator('pagefind-results .pf-result').first();
    await expect.poll(() => first.locator('.search-matched').innerText()).toBe('matched: IC');
    const excerpt = await first.locator('.pf-result-excerpt').innerText();
    expect(excerpt).toContain('Staying as a Distinguished Engineer');
    expect(excerpt).not.toMatch(/individual contributor|staff engineer/);
  });

  test('"coding" lands on "Less Technical" first', async () => {
    const page = await searchOn('/technical-track/', 'coding');
    await expect.poll(() => firstResultFor(page, 'coding')).toBe('/management-track/cons/less-technical/');
  });
});

describe('one typo forgiven', () => {
  test('"delagate" shows the results for "delegate" at once, and says so', async () => {
    const page = await searchOn('/', 'delagate');
    await expect.poll(() => firstResultFor(page, 'delegate')).toBe('/reflection/');
    const note = page.locator('search-correction');
    await expect
      .poll(() => note.innerText())
      .toBe('No results for “delagate”. Showing results for delegate.');
    await expect(page.locator('search-suggestions').isVisible()).resolves.toBe(false);
    // A new query that finds something clears the note.
    await field(page).fill('politics');
    await expect.poll(() => note.isVisible()).toBe(false);
  });

  test('"promtion" lands on the unclear promotion path first', async () => {
    const page = await searchOn('/third-way/', 'promtion');
    await expect
      .poll(() => firstResultFor(page, 'promotion'))
      .toBe('/technical-track/cons/unclear-promotion-path/');
  });

  test('with a choice ("directr"), it asks "Did you mean direct or director?" and each link runs its search', async () => {
    const page = await searchOn('/', 'directr');
    const note = page.locator('search-correction');
    await expect.poll(() => note.innerText()).toBe('Did you mean direct or director?');
    await note.getByRole('link', { name: 'director', exact: true }).click();
    await expect.poll(() => firstResultFor(page, 'director')).toMatch(/^\//);
    await expect.poll(() => note.isVisible()).toBe(false);
  });

  test('nothing is guessed for a word that matches: "elegant" finds the third way', async () => {
    const page = await searchOn('/', 'elegant');
    await expect.poll(() => firstResultFor(page, 'elegant')).toBe('/third-way/');
    await expect(page.locator('search-correction').isVisible()).resolves.toBe(false);
  });

  test('a topic the guide does not cover ("salary") gets the no-results panel, with no guess', async () => {
    const page = await searchOn('/', 'salary');
    const panel = page.locator('search-suggestions');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect(panel.innerText()).resolves.toContain('Nothing in the guide matches “salary”');
    await expect(page.locator('search-correction').isVisible()).resolves.toBe(false);
  });
});

describe('the search page', () => {
  test('/search/?q=IC shows the technical track first, with its note', async () => {
    const page = await site.open('/search/?q=IC');
    await expect.poll(() => firstResultFor(page, 'IC')).toBe('/technical-track/');
    await expect
      .poll(() => page.locator('search-page .search-matched').first().innerText())
      .toBe('matched: IC');
  });

  test('/search/?q=delagate corrects the typo on arrival', async () => {
    const page = await site.open('/search/?q=delagate');
    await expect.poll(() => firstResultFor(page, 'delegate')).toBe('/reflection/');
    await expect
      .poll(() => page.locator('search-correction').innerText())
      .toContain('Showing results for delegate');
  });
});
