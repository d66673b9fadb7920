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

/** The Chromium to drive: `CHROME_PATH` when set, else Debian's. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's package (as root: apt-get install -y chromium) or set CHROME_PATH to your own Chrome.`,
    );
  }
  return path;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: chromiumFlags, headless: true });
}
