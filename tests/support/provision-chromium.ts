import { existsSync } from 'node:fs';
import { aptInstall } from './apt-install';

/**
 * Makes sure a Chromium is there for the browser tests: `CHROME_PATH` if set, else
 * Debian's package, installed here when we are root. Otherwise fails saying how.
 */
export function provisionChromium(): void {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH))
      throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
    return;
  }
  if (existsSync('/usr/bin/chromium')) return;
  aptInstall(
    'chromium',
    'Browser tests need Chromium: run `sudo apt-get install -y chromium`, or set CHROME_PATH to a Chrome or Chromium binary.',
  );
}
