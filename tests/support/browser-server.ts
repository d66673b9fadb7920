import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromePath, chromiumFlags, headlessShellPath } from '../../tools/lib/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's Chromium headless shell listens; `useBrowser()` connects to it. */
    browserWsEndpoint: string;
    /** Where the run's full Chromium listens: `useBrowser({ browser: 'chromium' })`. */
    chromiumWsEndpoint: string;
  }
}

/**
 * Once per e2e run: one Chromium headless shell, and one full Chromium, for every test file
 * and worker. Launching a browser per file cost 1–3 s each on a loaded 2-core machine;
 * connecting to one of these costs ~50 ms. Isolation comes from browser contexts, not
 * browsers. Most files drive the headless shell (tools/lib/chromium.ts says why); those that
 * measure what a real first visit loads, and when, drive the full browser.
 */
export default async function setup(project: TestProject) {
  const [shell, full] = await Promise.all(
    [headlessShellPath(), chromePath()].map((executablePath) =>
      chromium.launchServer({ executablePath, args: chromiumFlags, headless: true }),
    ),
  );
  project.provide('browserWsEndpoint', shell!.wsEndpoint());
  project.provide('chromiumWsEndpoint', full!.wsEndpoint());
  return async () => {
    await Promise.all([shell!.close(), full!.close()]);
  };
}
