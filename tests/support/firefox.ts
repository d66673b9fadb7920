import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

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
