import type { Page } from 'playwright-core';
import { describe, expect, test, type ExpectStatic } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser-fixture';
import { builtPages, landingPaths, onePageOfEachKind } from '../../tools/lib/built-site';
import { distDir } from '../../tools/lib/paths';
import { SEVEN_STEP_PATH, SEVEN_STEP_REPLY } from '../../tools/lib/sample-path';
import { firstResultFor } from '../support/search-results';
import { urlMap } from '../support/url-map';
import { EVERY_PAGE_KIND } from '../support/page-kinds';

const site = useBrowser();
/** The sitemap's pages and the 404, read from the build: new pages are checked as they land. */
const landing = landingPaths(
  distDir,
  new URL(process.env.SITE_BASE ?? '/', process.env.SITE_URL ?? 'https://de-or-director.example').href,
);
const kinds = await onePageOfEachKind(builtPages(distDir), landing);

type Variant = { theme: 'light' | 'dark'; width: number; height: number };
const phoneLight: Variant = { theme: 'light', width: 390, height: 844 };
/**
 * Every page in one variant; one page of every kind, a reading path (and one sent back with its
 * reader's answers, as their mentor sees it) and the states a reader
 * opens (search with results, the composer with steps, the share tools) in all four. A theme
 * or width changes colours and layout, which the kinds' templates hold, not each page's text.
 */
const otherVariants: Variant[] = [
  { theme: 'dark', width: 390, height: 844 },
  { theme: 'light', width: 1280, height: 900 },
  { theme: 'dark', width: 1280, height: 900 },
];

/** Goes to `path` and returns axe's violations there, each named with the page and variant. */
async function auditPage(
  expect: ExpectStatic,
  page: Page,
  path: string,
  { theme, width }: Variant,
): Promise<string[]> {
  await page.goto(site.urlOf(path));
  // A path is drawn once its code and data arrive, its worksheet a moment later.
  if (path === SEVEN_STEP_PATH) await page.locator('reflection-worksheet:defined').first().waitFor();
  // A path sent back, as its mentor sees it, is done once its reader's balance is drawn.
  if (path === SEVEN_STEP_REPLY) await page.locator('.path-balance svg').waitFor();
  expect(
    await page.evaluate(() => document.documentElement.dataset.theme),
    `${path} follows the ${theme} system theme`,
  ).toBe(theme);
  return (await axeViolations(page)).map((violation) => `${path} [${theme}, ${width} px] ${violation}`);
}

/** The states a reader opens that no page shows as it loads, each audited once it is drawn. */
async function auditStates(expect: ExpectStatic, page: Page, { theme, width }: Variant): Promise<string[]> {
  const named = (state: string) => (violation: string) => `${state} [${theme}, ${width} px] ${violation}`;
  const violations: string[] = [];

  await page.goto(site.urlOf('/technical-track/'));
  await page.locator('site-search a').click();
  await page.locator('pagefind-input input').fill('promotion');
  await expect.poll(() => firstResultFor(page, 'promotion')).toMatch(/\//);
  violations.push(...(await axeViolations(page)).map(named('the search dialog with results')));

  await page.goto(site.urlOf('/technical-track/cons/political-vulnerability/'));
  const title = page.locator('.section-head:has(> #political-vulnerability)');
  await title.hover();
  await title.locator('.section-tools button[data-share="path"]').click();
  await page.locator('.path-added').waitFor();
  violations.push(...(await axeViolations(page)).map(named('the share tools, a section added to a path')));

  await page.goto(site.urlOf('/path/'));
  await page
    .getByRole('group', { name: 'A third way' })
    .getByRole('checkbox', { name: 'A Third Way?' })
    .check();
  await expect.poll(() => page.locator('.path-steps li').count()).toBe(2);
  violations.push(...(await axeViolations(page)).map(named('the path composer with two steps')));
  return violations;
}

describe('accessibility gate (axe-core)', () => {
  test('checks every public page and the 404, and one page of every kind', () => {
    expect([...landing].sort()).toEqual([...urlMap.map((page) => page.path), '/404.html'].sort());
    // If the kind hook in the HTML changed, kinds would collapse into one and the variants below
    // would audit a single page.
    expect([...kinds.keys()].sort()).toEqual(EVERY_PAGE_KIND);
  });

  // Side by side, each in its own browser context: one slow page does not hold up the rest.
  test.concurrent.for([
    {
      ...phoneLight,
      scope: 'every page, a reading path, one sent back and the reader’s states',
      paths: [...landing, SEVEN_STEP_PATH, SEVEN_STEP_REPLY],
    },
    ...otherVariants.map((variant) => ({
      ...variant,
      scope: 'one page of every kind, a reading path, one sent back and the reader’s states',
      paths: [...kinds.values(), SEVEN_STEP_PATH, SEVEN_STEP_REPLY],
    })),
  ])(
    '$scope: zero violations in the $theme theme at $width px',
    { timeout: 300_000 },
    async (variant, { expect }) => {
      const { theme, width, height, paths } = variant;
      const context = await site.browser.newContext({ colorScheme: theme, viewport: { width, height } });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const path of paths) violations.push(...(await auditPage(expect, page, path, variant)));
      violations.push(...(await auditStates(expect, page, variant)));
      expect(violations).toEqual([]);
    },
  );
});
