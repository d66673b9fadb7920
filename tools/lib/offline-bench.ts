import type { Browser } from 'playwright-core';
import { keystrokeToResults, type SearchTiming } from './search-latency.ts';

/*
 * Issue 22: what "Save the guide for offline reading" costs (its size as the worker says it
 * to the reader, its files, how long it takes on this host), and how fast search answers
 * from the saved index with the connection gone (the dialog, a reader typing).
 */

export interface SavedGuide {
  /** The download the control announces ("about N KB"): every file's gzip size. */
  bytes: number;
  files: number;
  /** From the press to "Saved on this device". */
  ms: number;
  /** Keystroke to results, offline, from the saved index (the first query loads it). */
  offlineSearch: SearchTiming[];
}

export async function savedGuide(
  browser: Browser,
  siteUrl: string,
  queries: readonly string[],
): Promise<SavedGuide> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL('read/', siteUrl).href);
    const control = page.locator('article offline-save');
    await control.getByRole('button', { name: 'Save the guide for offline reading' }).waitFor();
    const finished = page.evaluate(
      () =>
        new Promise<{ bytes: number; files: number; at: number }>((resolve) => {
          let files = 0;
          navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
            const state = (
              event.data as { state?: { bytes: number; saved: string; progress?: { total: number } } }
            ).state;
            if (state?.progress) files = state.progress.total;
            if (state?.saved === 'current' && !state.progress)
              resolve({ bytes: state.bytes, files, at: performance.now() });
          });
        }),
    );
    const pressed = await page.evaluate(() => performance.now());
    await control.getByRole('button', { name: 'Save the guide for offline reading' }).click();
    const done = await finished;
    await page.close();
    await context.setOffline(true);
    const { timings } = await keystrokeToResults(browser, siteUrl, queries, context);
    return { bytes: done.bytes, files: done.files, ms: done.at - pressed, offlineSearch: timings };
  } finally {
    await context.close();
  }
}
