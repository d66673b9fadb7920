import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';

/*
 * Issue 9, item 7: how long after the reader's last keystroke the results for what they
 * typed are on screen, in the real search dialog, once its index is loaded (the first query
 * included), typing at a reader's pace. Also what the whole first search costs: every
 * request from opening search to the first results, as a gzip-serving host sends them.
 */

export interface SearchTiming {
  query: string;
  /** From the last keystroke's input event to the first result link for the whole query. */
  ms: number;
}

export async function keystrokeToResults(
  browser: Browser,
  siteUrl: string,
  queries: readonly string[],
  /** A context prepared beforehand (the guide saved, the connection gone: offline-bench.ts); left open. */
  given?: BrowserContext,
): Promise<{ timings: SearchTiming[]; firstSearchBytes: number }> {
  const context = given ?? (await browser.newContext());
  const page = await context.newPage();
  await page.goto(new URL('technical-track/', siteUrl).href);
  await page.waitForLoadState('networkidle');
  let firstSearchBytes = 0;
  page.on('response', (response) => {
    // Pagefind's index files are compressed already: count them as sent, text as gzipped.
    void response.body().then(
      (body) =>
        (firstSearchBytes += /\/pagefind\/(index|fragment|filter)\/|\.pf_meta|\.pagefind$/.test(
          response.url(),
        )
          ? body.length
          : gzipSync(body).length),
      () => undefined,
    );
  });
  await page.keyboard.press('/');
  await page.waitForSelector('pagefind-input input:focus');
  await page.evaluate(() => {
    const w = window as unknown as { timing: { query: string; last: number; shown: number } };
    w.timing = { query: '', last: 0, shown: 0 };
    document.addEventListener('input', () => (w.timing.last = performance.now()), true);
    new MutationObserver(() => {
      const { timing } = w;
      const value = document.querySelector<HTMLInputElement>('pagefind-input input')?.value;
      const summary = document.querySelector('pagefind-summary')?.textContent?.trim() ?? '';
      const link = document.querySelector('pagefind-results .pf-result-link');
      if (
        timing.last &&
        !timing.shown &&
        value === timing.query &&
        summary.endsWith(` for ${timing.query}`) &&
        link?.textContent?.trim()
      )
        timing.shown = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const timings: SearchTiming[] = [];
  for (const [index, query] of queries.entries()) {
    if (index > 0) {
      await page.locator('pagefind-input input').fill('');
      await page.waitForTimeout(200);
    }
    await page.evaluate(
      (q) => Object.assign((window as unknown as { timing: object }).timing, { query: q, last: 0, shown: 0 }),
      query,
    );
    await page.keyboard.type(query, { delay: 80 });
    await page.waitForFunction(
      () => (window as unknown as { timing: { shown: number } }).timing.shown > 0,
      null,
      { timeout: 10_000 },
    );
    const ms = await page.evaluate(() => {
      const { timing } = window as unknown as { timing: { last: number; shown: number } };
      return timing.shown - timing.last;
    });
    timings.push({ query, ms });
    if (index === 0) await page.waitForLoadState('networkidle');
  }
  if (given) await page.close();
  else await context.close();
  return { timings, firstSearchBytes };
}
