import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. Nothing is disabled. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

type AxeInPage = { axe?: typeof axe };

/**
 * axe-core's violations on the page as it is now (or inside `within` only), one line each:
 * "rule: help — where".
 *
 * axe-core runs in the page directly, in one pass over the document (the guide has no frames).
 * @axe-core/playwright's `analyze()` sent axe's 550 KB source into the page twice a check (once
 * to ask which mode to run, once per frame) and ran it both times; here it is sent once per
 * document, and not at all when the document already has it. Only violations come back in full.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  const hasAxe = await page.evaluate(() => typeof (window as AxeInPage).axe?.run === 'function');
  // A string is evaluated as a script: DevTools' evaluation is not governed by the page's CSP.
  if (!hasAxe) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async ({ within, tags }) => {
      const { axe } = window as AxeInPage;
      const results = await axe!.run(within ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        id: violation.id,
        help: violation.help,
        where: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    { within, tags: AXE_TAGS },
  );
  return violations.map(({ id, help, where }) => `${id}: ${help} — ${where.join(', ')}`);
}
