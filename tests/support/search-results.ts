import type { Page } from 'playwright-core';

/**
 * The first result's path as the results list shows it now, once the status line reports
 * results for `query` (undefined before). Poll it with the path expected: Pagefind's list can
 * show the previous query's results for a moment after the status line has moved on.
 */
export const firstResultFor = (page: Page, query: string): Promise<string | undefined> =>
  page.evaluate((q) => {
    const summary = document.querySelector('pagefind-summary')?.textContent?.trim() ?? '';
    const link = document.querySelector<HTMLAnchorElement>('pagefind-results .pf-result-link');
    return summary.endsWith(` for ${q}`) && link ? link.pathname : undefined;
  }, query);
