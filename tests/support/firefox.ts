import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The Firefox to drive: `FIREFOX_PATH` when set, else Debian's ESR. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

/**
 * Launches headless Firefox over WebDriver BiDi (puppeteer-core: it never downloads a browser).
 * The window is sized on the command line: ESR 140 does not implement the BiDi call behind
 * page.setViewport, so `defaultViewport: null` keeps puppeteer from making it.
 */
export function launchFirefox(
  size: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<Browser> {
  const executablePath = firefoxPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Firefox at ${executablePath}. Install Debian's firefox-esr (as root: apt-get install -y firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: null,
    args: [`--width=${size.width}`, `--height=${size.height}`],
  });
}

/**
 * Polls `read` in the page from Node until it returns a truthy value, and returns that value;
 * throws `what` after `timeout` ms. Firefox ESR 140.12 refuses `Function()` under the page's
 * hash-only CSP, and puppeteer's `waitForFunction` and `waitForSelector` build their pollers
 * with it, in a task the page's CSP governs (WebDriver BiDi issue #1024): each `evaluate`
 * here is one synchronous call, which the CSP does not govern. Each read is whole (one
 * evaluation), so a list redrawn between two reads is never seen half-made.
 */
export async function pollPage<T, A extends unknown[]>(
  page: Page,
  what: string,
  read: (...args: A) => T | false | null | undefined,
  ...args: A
): Promise<T> {
  const deadline = Date.now() + 10_000;
  let failure: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await page.evaluate(read as (...a: unknown[]) => T, ...args);
      if (value) return value as T;
    } catch (error) {
      // A navigation in flight destroys the context being read: read again in the new one.
      failure = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}${failure ? ` (last error: ${String(failure)})` : ''}`);
}

/**
 * Records the page's uncaught exceptions (and, with `console: true`, its console errors) in
 * `into`, as "url: message". Left out: the driver's own evaluation cut off by a navigation,
 * which Firefox reports as the page's ("Permission denied to access property "__bidi_args" on
 * cross-origin object", seen once in a walk that clicks a link): puppeteer's, not the guide's.
 */
export function watchPage(page: Page, into: string[], { console = false } = {}): void {
  const record = (message: string) => {
    if (!message.includes('__bidi_args')) into.push(`${page.url()}: ${message}`);
  };
  page.on('pageerror', (error) => record(error instanceof Error ? error.message : String(error)));
  if (console) page.on('console', (message) => message.type() === 'error' && record(message.text()));
}
