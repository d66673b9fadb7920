import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './build';
import { distDir } from '../../tools/lib/paths';
import { provisionChromium } from './provision-chromium';
import { provisionFirefox } from './provision-firefox';
import { provisionJava } from './provision-java';
import { serveStatic } from '../../tools/lib/static-server';
import { subpathBuild } from './subpath-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served production build, ending in a slash. */
    siteUrl: string;
    /** The same site built under a sub-path (tests/support/subpath-build.ts), served at its base. */
    subpathSiteUrl: string;
    /** What each build of this run printed, by label; none when E2E_SKIP_BUILD=1 reused them. */
    buildLogs: Record<string, string>;
  }
}

const buildLogs: Record<string, string> = {};

async function build(label: string, options: Parameters<typeof astroBuild>[0] = {}) {
  const started = performance.now();
  const { code, output } = await astroBuild(options);
  if (code !== 0) throw new Error(`astro build (${label}) failed:\n${output}`);
  console.log(`e2e: ${label} build in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  buildLogs[label] = output;
}

/**
 * Once per run: Chromium, Firefox and Java present; two production builds (at the root and
 * under a sub-path), each on its own static server, for every e2e file. E2E_SKIP_BUILD=1
 * reuses the last builds.
 */
export default async function setup(project: TestProject) {
  provisionChromium();
  provisionFirefox();
  provisionJava();
  const skip = process.env.E2E_SKIP_BUILD === '1';
  if (!skip) await build('production');
  // Built one after the other: two astro builds at once share (and race on) the .astro cache.
  if (!skip || !existsSync(subpathBuild.dist)) {
    const { env, dist } = subpathBuild;
    await build(`SITE_BASE=${env.SITE_BASE}`, { env, args: ['--outDir', dist] });
  }
  const server = await serveStatic(distDir);
  const subpathServer = await serveStatic(subpathBuild.dist, subpathBuild.base);
  project.provide('siteUrl', server.url);
  project.provide('subpathSiteUrl', subpathServer.url);
  project.provide('buildLogs', buildLogs);
  return async () => {
    await server.close();
    await subpathServer.close();
  };
}
