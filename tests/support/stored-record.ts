import type { BrowserContext, BrowserContextOptions } from 'playwright-core';

/**
 * A new browser context whose `localStorage` holds `record` under `key` before any page script
 * runs: written in the page's own renderer by an init script (a write then a reload can race
 * Chromium's storage service for large values), and only while the key is absent, so what a
 * page then saves is what the next load reads.
 */
export async function contextWithRecord(
  browser: { newContext(options?: BrowserContextOptions): Promise<BrowserContext> },
  key: string,
  record: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript(
    ([k, value]) =>
      location.protocol.startsWith('http') && (localStorage.getItem(k!) ?? localStorage.setItem(k!, value!)),
    [key, record],
  );
  return context;
}
