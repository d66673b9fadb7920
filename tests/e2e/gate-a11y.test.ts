import { describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { useBrowser } from '../support/browser-fixture';
import { landingPaths } from '../../tools/lib/built-site';
import { distDir } from '../../tools/lib/paths';
import { SEVEN_STEP_PATH, SEVEN_STEP_REPLY } from '../../tools/lib/sample-path';
import { urlMap } from '../support/url-map';

const site = useBrowser();
/**
 * The sitemap's pages and the 404, read from the build: new pages are checked as they land.
 * Plus a reading path as its follower shows it (the same page as the composer, drawn by script),
 * and the same path sent back with its reader's answers, as their mentor sees it.
 */
const landing = landingPaths(
  distDir,
  new URL(process.env.SITE_BASE ?? '/', process.env.SITE_URL ?? 'https://de-or-director.example').href,
);
const paths = [...landing, SEVEN_STEP_PATH, SEVEN_STEP_REPLY];

const variants = [
  { theme: 'light', width: 390, height: 844 },
  { theme: 'dark', width: 390, height: 844 },
  { theme: 'light', width: 1280, height: 900 },
  { theme: 'dark', width: 1280, height: 900 },
] as const;

describe('accessibility gate (axe-core)', () => {
  test('checks every public page and the 404', () => {
    expect([...landing].sort()).toEqual([...urlMap.map((page) => page.path), '/404.html'].sort());
  });

  // The four variants run side by side, each in its own browser context: one slow page does not hold up the rest.
  test.concurrent.each(variants)(
    'every page has zero violations in the $theme theme at $width px',
    { timeout: 300_000 },
    async ({ theme, width, height }) => {
      const context = await site.browser.newContext({ colorScheme: theme, viewport: { width, height } });
      const page = await context.newPage();
      const violations: string[] = [];
      try {
        for (const path of paths) {
          await page.goto(site.urlOf(path));
          // A path is drawn once its code and data arrive, its worksheet a moment later.
          if (path === SEVEN_STEP_PATH) await page.waitForSelector('reflection-worksheet:defined');
          // A reply's view is done once its balance is drawn.
          if (path === SEVEN_STEP_REPLY) await page.waitForSelector('.path-balance svg');
          expect(
            await page.evaluate(() => document.documentElement.dataset.theme),
            `${path} follows the ${theme} system theme`,
          ).toBe(theme);
          for (const violation of await axeViolations(page))
            violations.push(`${path} [${theme}, ${width} px] ${violation}`);
        }
      } finally {
        await context.close();
      }
      expect(violations).toEqual([]);
    },
  );
});
