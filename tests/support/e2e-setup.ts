import type { TestProject } from 'vitest/node';
import { astroBuild } from './build';
import { distDir } from '../../tools/lib/paths';
import { provisionChromium } from './provision-chromium';
import { serveStatic } from '../../tools/lib/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served production build, ending in a slash. */
    siteUrl: string;
  }
}

/** Once per run: Chromium present, one production build, one static server for every e2e file. */
export default async function setup(project: TestProject) {
  provisionChromium();
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const started = performance.now();
    const { code, output } = await astroBuild();
    if (code !== 0) throw new Error(`astro build failed:\n${output}`);
    console.log(`e2e: production build in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const server = await serveStatic(distDir);
  project.provide('siteUrl', server.url);
  return () => server.close();
}
