import type { Page } from 'playwright-core';

/**
 * Resolves once the page's main thread has gone idle (`requestIdleCallback`): what its load
 * started (modules, observers, the first timers) has run. A condition, not a pause: a slow
 * machine waits longer, a fast one not at all.
 */
export const settled = (page: Page): Promise<void> =>
  page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
