import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromePath, chromiumFlags } from '../../tools/lib/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the run's one Chromium listens; `useBrowser()` connects to it. */
    browserWsEndpoint: string;
  }
}

/**
 * Once per e2e run: one Chromium for every test file and worker. Launching a browser per
 * file cost 1–3 s each on a loaded 2-core machine; connecting to this one costs ~50 ms.
 * Isolation comes from a fresh browser context per test, not a fresh browser.
 */
export default async function setup(project: TestProject) {
  const server = await chromium.launchServer({
    executablePath: chromePath(),
    args: chromiumFlags,
    headless: true,
  });
  project.provide('browserWsEndpoint', server.wsEndpoint());
  return () => server.close();
}
