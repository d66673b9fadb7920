import { existsSync } from 'node:fs';
import { aptInstall } from './apt-install';

/**
 * Makes sure a Chromium is there for the browser tests: `CHROME_PATH` if set, else Debian's
 * two packages (the browser, and its headless shell that most tests drive), installed here
 * when we are root. Otherwise fails saying how.
 */
export function provisionChromium(): void {
  if (process.env.CHROME_PATH) {
    if (!existsSync(process.env.CHROME_PATH))
      throw new Error(`CHROME_PATH=${process.env.CHROME_PATH} does not exist.`);
    return;
  }
  for (const pkg of ['chromium', 'chromium-headless-shell']) {
    if (existsSync(`/usr/bin/${pkg}`)) continue;
    aptInstall(
      pkg,
      `Browser tests need Debian's ${pkg}: run \`sudo apt-get install -y ${pkg}\`, or set CHROME_PATH to a Chrome or Chromium binary.`,
    );
  }
}
