import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from 'playwright-core';

/** Gzip size of some bytes, the way a static host compresses them (zlib's default level). */
export const gzipBytes = (body: string | Buffer) => gzipSync(body).length;

/** The offline registration script (`_astro/offline.<hash>.js`) and the web app manifest. */
export const isAfterLoadByDesign = (url: string) =>
  /\/_astro\/offline\.[0-9a-f]+\.js$|\/manifest\.webmanifest$/.test(new URL(url).pathname);

export interface LoadedResource {
  url: string;
  /** Playwright's resource type: document, script, stylesheet, image, fetch… */
  type: string;
  gzip: number;
}

export interface PageLoad {
  url: string;
  /** Everything the page fetched for itself up to load (speculative prerenders excluded). */
  resources: LoadedResource[];
  /** Prerenders and prefetches the browser started on its own (Sec-Purpose), kept apart. */
  speculative: LoadedResource[];
  /**
   * The offline worker's registration script and the web app manifest, kept apart when
   * requested after the load event, as designed (docs/offline.md); before it they count.
   */
  afterLoad: LoadedResource[];
  /** Gzip bytes of the JavaScript inlined in the HTML (speculation rules JSON is not JS). */
  inlineScriptGzip: number;
  /** Gzip bytes of JavaScript at load: inline scripts plus every script response. */
  scriptGzip: number;
  /** Gzip bytes of everything fetched at load: the whole first visit. */
  totalGzip: number;
  /** Responses of the visit whose body could not be read: unmeasured, never counted as 0 bytes. */
  unreadable: string[];
  /** Whether a reflection island (a custom element named *reflection*) is on the page. */
  hasReflectionIsland: boolean;
}

/**
 * Loads `url` in a fresh page of `context` (use a new context: empty cache) and measures, in
 * gzip bytes, what a first visit costs: every response up to `load` plus a quiet moment for
 * late module imports, with speculative requests (prerender of the next page) set apart.
 */
export async function measurePageLoad(
  context: BrowserContext,
  url: string,
  settleMs = 300,
): Promise<PageLoad> {
  const page: Page = await context.newPage();
  const pending: Promise<
    { resource: LoadedResource; speculative: boolean; afterLoad: boolean } | undefined
  >[] = [];
  const unreadable: string[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        const request = response.request();
        if (response.status() >= 300 && response.status() < 400) return undefined;
        const purpose = (await request.allHeaders())['sec-purpose'] ?? '';
        const body = await response.body().catch(() => undefined);
        if (!body) return void unreadable.push(response.url());
        return {
          resource: { url: response.url(), type: request.resourceType(), gzip: gzipBytes(body) },
          speculative: /prefetch|prerender/.test(purpose),
          afterLoad: isAfterLoadByDesign(response.url()),
        };
      })()
        // A response that lands while the page closes can no longer be read: it came after
        // the measured visit, so it is left out rather than left as an unhandled rejection.
        .catch(() => undefined),
    );
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const inline = await page.evaluate(() => {
    const js = [...document.querySelectorAll('script:not([src])')]
      .filter((script) => ['', 'text/javascript', 'module'].includes(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent ?? '');
    const island = [...document.querySelectorAll('*')].some(
      (el) => el.localName.includes('-') && el.localName.includes('reflection'),
    );
    // When each request started, against the load event: the page's own clock, as a
    // protocol event can reach us after a request that a load handler made.
    const loadStart =
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.loadEventStart ?? 0;
    const beforeLoad = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < loadStart)
      .map((entry) => entry.name);
    return { js, island, beforeLoad };
  });
  page.off('response', onResponse);
  const settled = (await Promise.all(pending)).filter((entry) => entry !== undefined);
  await page.close();
  // Only what started after load is set apart; the same file requested before load counts.
  for (const entry of settled)
    if (entry.afterLoad && inline.beforeLoad.includes(entry.resource.url)) entry.afterLoad = false;
  const resources = settled
    .filter((entry) => !entry.speculative && !entry.afterLoad)
    .map((entry) => entry.resource);
  const inlineScriptGzip = inline.js.length ? gzipBytes(inline.js.join('\n')) : 0;
  return {
    url,
    resources,
    speculative: settled.filter((entry) => entry.speculative).map((entry) => entry.resource),
    afterLoad: settled.filter((entry) => entry.afterLoad).map((entry) => entry.resource),
    inlineScriptGzip,
    scriptGzip:
      inlineScriptGzip + resources.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.gzip, 0),
    totalGzip: resources.reduce((sum, r) => sum + r.gzip, 0),
    unreadable,
    hasReflectionIsland: inline.island,
  };
}
