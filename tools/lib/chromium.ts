import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for running as root on a closed network: no sandbox, GPU, background traffic or first-run UI. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `CHROME_PATH` when set, else Debian's `pkg` in /usr/bin; failing, if absent, with how to get it. */
function chromiumBinary(pkg: string, name: string): string {
  const path = process.env.CHROME_PATH ?? `/usr/bin/${pkg}`;
  if (!existsSync(path)) {
    throw new Error(
      `No ${name} at ${path}. Install Debian's package (as root: apt-get install -y ${pkg}) or set CHROME_PATH to your own Chrome.`,
    );
  }
  return path;
}

/** The Chromium to drive: `CHROME_PATH` when set, else Debian's. */
export const chromePath = (): string => chromiumBinary('chromium', 'Chromium');

/**
 * The Chromium most browser tests drive: `CHROME_PATH` when set, else Debian's headless shell
 * (`chromium-headless-shell`), the same engine built for automation, without the browser's
 * window and GPU process, as Playwright drives by default. A context with a page costs it
 * ~0.13 CPU-s against ~0.34 for the full browser, a page load ~0.06 against ~0.11. Tests that
 * measure what a real first visit loads, and when, drive the full browser (`chromePath`).
 */
export const headlessShellPath = (): string =>
  chromiumBinary('chromium-headless-shell', 'Chromium headless shell');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: chromiumFlags, headless: true });
}
