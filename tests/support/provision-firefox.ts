import { existsSync } from 'node:fs';
import { aptInstall } from './apt-install';
import { firefoxPath } from './firefox';

/**
 * Makes sure a Firefox is there for the Firefox reader tests: `FIREFOX_PATH` if set, else
 * Debian's firefox-esr, installed here when we are root. Otherwise fails saying how.
 */
export function provisionFirefox(): void {
  if (process.env.FIREFOX_PATH) {
    if (!existsSync(process.env.FIREFOX_PATH))
      throw new Error(`FIREFOX_PATH=${process.env.FIREFOX_PATH} does not exist.`);
    return;
  }
  if (existsSync(firefoxPath())) return;
  aptInstall(
    'firefox-esr',
    'The Firefox tests need Firefox ESR: run `sudo apt-get install -y firefox-esr`, or set FIREFOX_PATH to a Firefox binary.',
  );
}
