import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { firstResultFor } from '../support/search-results';

// Issue 13: search speaks the reader's words (hidden search terms) and forgives one typo,
// in the real build, typed as a reader types, with nothing of it on a page's first load.
const site = useBrowser();
const TYPING = { delay: 40 };

const field = (page: Page) => page.locator('pagefind-input input');

/** Opens the search dialog on `path` (the file's kept page) and types `query` at a reader's pace. */
async function searchOn(path: string, query: string): Promise<Page> {
  const page = await site.visit(path);
  await page.keyboard.press('/');
  await page.keyboard.type(query, TYPING);
  await expect.poll(() => field(page).inputValue(), { message: 'the dialog took every key' }).toBe(query);
  return page;
}

/** Empties the open dialog's field and types a new `query` at a reader's pace. */
async function searchAgain(page: Page, query: string): Promise<void> {
  await field(page).fill('');
  await page.keyboard.type(query, TYPING);
  await expect.poll(() => field(page).inputValue(), { message: 'the field took every key' }).toBe(query);
}

describe('in one search dialog on the home page', () => {
  // Each query is typed anew in the same dialog: a note or panel left from the last query
  // would fail the checks that it is hidden.
  test('"IC" lands on the technical track, saying it matched "IC"; "elegant" gets no guess; one typo ("delagate") is forgiven and said; a choice ("directr") is offered as links; an uncovered topic ("salary") gets the no-results panel', async () => {
    const page = await searchOn('/', 'IC');
    await expect
      .poll(() => firstResultFor(page, 'IC'), { message: '"IC" lands on the technical track first' })
      .toBe('/technical-track/');
    const first = page.locator('pagefind-results .pf-result').first();
    await expect
      .poll(() => first.locator('.search-matched').innerText(), {
        message: 'the result says it matched "IC"',
      })
      .toBe('matched: IC');
    const excerpt = await first.locator('.pf-result-excerpt').innerText();
    expect(excerpt, 'the excerpt is article text').toContain('Staying as a Distinguished Engineer');
    expect(excerpt, 'the excerpt is not the hidden terms').not.toMatch(
      /individual contributor|staff engineer/,
    );

    await searchAgain(page, 'elegant');
    await expect
      .poll(() => firstResultFor(page, 'elegant'), { message: '"elegant" finds the third way' })
      .toBe('/third-way/');
    await expect(
      page.locator('search-correction').isVisible(),
      'nothing is guessed for a word that matches',
    ).resolves.toBe(false);

    await searchAgain(page, 'delagate');
    await expect
      .poll(() => firstResultFor(page, 'delegate'), {
        message: '"delagate" shows the results for "delegate"',
      })
      .toBe('/reflection/');
    const note = page.locator('search-correction');
    await expect
      .poll(() => note.innerText(), { message: 'the correction is said' })
      .toBe('No results for “delagate”. Showing results for delegate.');
    await expect(
      page.locator('search-suggestions').isVisible(),
      'a corrected search shows no no-results panel',
    ).resolves.toBe(false);
    // A new query that finds something clears the note.
    await field(page).fill('politics');
    await expect
      .poll(() => note.isVisible(), { message: 'a query that finds something clears the note' })
      .toBe(false);

    await searchAgain(page, 'directr');
    await expect
      .poll(() => note.innerText(), { message: 'with a choice, it asks' })
      .toBe('Did you mean direct or director?');
    await note.getByRole('link', { name: 'director', exact: true }).click();
    await expect
      .poll(() => firstResultFor(page, 'director'), { message: 'the "director" link runs its search' })
      .toMatch(/^\//);
    await expect.poll(() => note.isVisible(), { message: 'the question goes once answered' }).toBe(false);

    await searchAgain(page, 'salary');
    const panel = page.locator('search-suggestions');
    await expect.poll(() => panel.isVisible(), { message: '"salary" gets the no-results panel' }).toBe(true);
    await expect(panel.innerText(), 'the panel names the query').resolves.toContain(
      'Nothing in the guide matches “salary”',
    );
    await expect(page.locator('search-correction').isVisible(), 'no guess for "salary"').resolves.toBe(false);
  });
});

describe('from other pages', () => {
  test('hidden search terms: "coding" lands on "Less Technical" first', async () => {
    const page = await searchOn('/technical-track/', 'coding');
    await expect.poll(() => firstResultFor(page, 'coding')).toBe('/management-track/cons/less-technical/');
  });

  test('one typo forgiven: "promtion" lands on the unclear promotion path first', async () => {
    const page = await searchOn('/third-way/', 'promtion');
    await expect
      .poll(() => firstResultFor(page, 'promotion'))
      .toBe('/technical-track/cons/unclear-promotion-path/');
  });
});

describe('the search page', () => {
  test('/search/?q=IC shows the technical track first, with its note', async () => {
    const page = await site.visit('/search/?q=IC');
    await expect.poll(() => firstResultFor(page, 'IC')).toBe('/technical-track/');
    await expect
      .poll(() => page.locator('search-page .search-matched').first().innerText())
      .toBe('matched: IC');
  });

  test('/search/?q=delagate corrects the typo on arrival', async () => {
    const page = await site.visit('/search/?q=delagate');
    await expect.poll(() => firstResultFor(page, 'delegate')).toBe('/reflection/');
    await expect
      .poll(() => page.locator('search-correction').innerText())
      .toContain('Showing results for delegate');
  });
});
