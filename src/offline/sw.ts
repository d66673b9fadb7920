/// <reference lib="webworker" />
/*
 * The service worker: Workbox's routing and strategies, bundled into one file by
 * integrations/offline-worker.ts with this build's list of files. Which rule keeps what is
 * decided in src/lib/offline/rules.ts; docs/offline.md explains it for readers and maintainers.
 *
 * - Pages: network first (a deploy is seen at once), the kept copy when the network is gone
 *   or slower than 3 s, then the saved guide, then our offline page.
 * - Hashed code and styles: kept once loaded, served from the cache (they never change).
 * - Search: only from a saved guide; otherwise the network, as if there were no worker.
 * - "Save for offline" runs only when a page asks (a reader pressed the button).
 * - A new build takes over at once (skipWaiting) and so serves the next navigation; it deletes
 *   the saved guide of the old build and leaves localStorage, which a worker cannot reach, alone.
 */
import { setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import type { RouteHandlerCallbackOptions } from 'workbox-core/types';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { fillOfflinePage, keptListing } from '../lib/offline/offlinePage';
import {
  ASSETS_CACHE,
  CACHE_PREFIX,
  META_CACHE,
  PAGES_CACHE,
  cacheKeyOf,
  isSpeculative,
  keepRuleOf,
  savedCacheOf,
  savedStateOf,
  staleCaches,
  type KeepRule,
} from '../lib/offline/rules';
import type { OfflineState } from '../lib/offline/saveState';
import type { FromWorker, ToWorker, WorkerConfig } from './config';

declare const self: ServiceWorkerGlobalScope;
declare const __OFFLINE_CONFIG__: WorkerConfig;
const config = __OFFLINE_CONFIG__;
const SAVED_CACHE = savedCacheOf(config.version);
/** Written last into the saved cache: its presence means the save finished. */
const SAVED_MARK = new URL(`${config.scope}__offline-saved__`, self.location.origin).href;
const EARLIER_MARK = new URL(`${config.scope}__offline-saved-earlier__`, self.location.origin).href;

// Workbox's own cache (the offline page) carries our prefix too, so the kill switch finds it.
setCacheNameDetails({ prefix: CACHE_PREFIX });
const ruleOf = (url: URL): KeepRule => keepRuleOf(url, self.location.origin, config.scope);

/** Keeps only whole, successful answers the reader asked for (not a prerender's). */
const keepPlugin = (rule: KeepRule) => ({
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => cacheKeyOf(new URL(request.url), rule),
  cacheWillUpdate: async ({ request, response }: { request: Request; response: Response }) =>
    response.status === 200 && !isSpeculative(request.headers.get('Sec-Purpose')) ? response : null,
});

const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: 3,
  plugins: [keepPlugin('page')],
});
const assets = new CacheFirst({
  cacheName: ASSETS_CACHE,
  // Old builds' files go once there are many: the pages that used them have newer copies by then.
  plugins: [keepPlugin('asset'), new ExpirationPlugin({ maxEntries: 120, purgeOnQuotaError: true })],
});
const network = new NetworkOnly();

/** This build's saved copy of a request, if the guide is saved. */
function fromSaved(request: Request, rule: KeepRule): Promise<Response | undefined> {
  return caches.match(cacheKeyOf(new URL(request.url), rule), { cacheName: SAVED_CACHE });
}

// The offline page comes with the worker: it is what a reader sees for a page not kept.
precache([config.offlinePage]);
cleanupOutdatedCaches();

/** Our offline page, listing what this reader has kept. */
async function offlinePage(): Promise<Response> {
  const page = await matchPrecache(config.offlinePage.url);
  if (!page) return Response.error();
  const kept: string[] = [];
  for (const name of [PAGES_CACHE, SAVED_CACHE]) {
    if (await caches.has(name)) kept.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
  }
  const html = fillOfflinePage(await page.text(), keptListing(kept, config.pages, config.scope));
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

registerRoute(
  ({ url, request }) => request.method === 'GET' && ['page', 'data'].includes(ruleOf(url)),
  async (options: RouteHandlerCallbackOptions) => {
    const request = options.request as Request;
    try {
      return await pages.handle(options as { request: Request; event: ExtendableEvent });
    } catch {
      const saved = await fromSaved(request, ruleOf(new URL(request.url)));
      if (saved) return saved;
      return request.mode === 'navigate' ? offlinePage() : Response.error();
    }
  },
);
registerRoute(
  ({ url, request }) => request.method === 'GET' && ruleOf(url) === 'asset',
  async (options: RouteHandlerCallbackOptions) =>
    (await fromSaved(options.request as Request, 'asset')) ??
    assets.handle(options as { request: Request; event: ExtendableEvent }),
);
// Other navigations in scope (short links, files) go to the network as before.
registerRoute(
  ({ url, request }) => request.mode === 'navigate' && ruleOf(url) === 'none',
  (options: RouteHandlerCallbackOptions) =>
    network.handle(options as { request: Request; event: ExtendableEvent }),
);
registerRoute(
  ({ url, request }) => request.method === 'GET' && ruleOf(url) === 'search',
  async (options: RouteHandlerCallbackOptions) =>
    (await fromSaved(options.request as Request, 'search')) ??
    network.handle(options as { request: Request; event: ExtendableEvent }),
);

self.addEventListener('install', () => void self.skipWaiting());
// Then tell open pages which build now serves them: a page of an older one offers a reload.
self.addEventListener('activate', (event) => event.waitUntil(cleanUpEarlierBuilds().then(broadcast)));

/** Deletes earlier builds' saved guides, noting that there was one (the save control offers to save again). */
async function cleanUpEarlierBuilds(): Promise<void> {
  const stale = staleCaches(await caches.keys(), config.version);
  if (stale.length === 0) return;
  await (await caches.open(META_CACHE)).put(EARLIER_MARK, new Response('1'));
  await Promise.all(stale.map((name) => caches.delete(name)));
}

let saving: Promise<void> | undefined;
let progress: OfflineState['progress'];
let failed = false;

async function currentState(): Promise<OfflineState> {
  const complete = Boolean(await caches.match(SAVED_MARK, { cacheName: SAVED_CACHE }));
  const earlier = Boolean(await caches.match(EARLIER_MARK, { cacheName: META_CACHE }));
  const { saved, partial } = savedStateOf(await caches.keys(), config.version, complete, earlier);
  return { bytes: config.save.bytes, saved, progress, failed: failed || (partial && !saving) };
}

async function broadcast(): Promise<void> {
  const message: FromWorker = { type: 'offline-state', version: config.version, state: await currentState() };
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true }))
    client.postMessage(message);
}

/** Saves every file of the guide, four at a time, telling the pages how far it has got. */
function save(event: ExtendableEvent): Promise<void> {
  saving ??= (async () => {
    failed = false;
    const queue = [...config.save.urls];
    const total = queue.length;
    let done = 0;
    progress = { done, total };
    await broadcast();
    const next = async (): Promise<void> => {
      for (let url = queue.shift(); url !== undefined && !failed; url = queue.shift()) {
        const absolute = new URL(url, self.location.origin);
        // `no-cache`: revalidate with the host, so the saved guide is this build's, not an older HTTP-cached copy.
        const request = new Request(absolute.href, { cache: 'no-cache' });
        // Cache first: a save cut short resumes where it stopped.
        const saver = new CacheFirst({ cacheName: SAVED_CACHE, plugins: [keepPlugin(ruleOf(absolute))] });
        await saver.handle({ request, event });
        done++;
        progress = { done, total };
        if (done % 4 === 0 || done === total) await broadcast();
      }
    };
    try {
      await Promise.all([next(), next(), next(), next()]);
      await (await caches.open(SAVED_CACHE)).put(SAVED_MARK, new Response(config.version));
      await caches.delete(META_CACHE);
    } catch {
      failed = true;
    } finally {
      progress = undefined;
      saving = undefined;
      await broadcast();
    }
  })();
  event.waitUntil(saving);
  return saving;
}

async function remove(): Promise<void> {
  await saving?.catch(() => {});
  await caches.delete(SAVED_CACHE);
  await caches.delete(META_CACHE);
  failed = false;
  await broadcast();
}

/** Keeps what an open page showed and loaded, when this worker did not see it load (first visit, prerender, a path's steps). */
async function keep(urls: unknown, event: ExtendableEvent): Promise<void> {
  if (!Array.isArray(urls)) return;
  const wanted = urls
    .slice(0, 200)
    .filter((url): url is string => typeof url === 'string')
    .map((url) => {
      try {
        return new URL(url, self.location.origin);
      } catch {
        return undefined;
      }
    })
    .filter((url): url is URL => url !== undefined && ['page', 'data', 'asset'].includes(ruleOf(url)));
  await Promise.all(
    wanted.map((url) =>
      (ruleOf(url) === 'asset' ? assets : pages)
        .handle({ request: new Request(url.href), event })
        .catch(() => undefined),
    ),
  );
}

self.addEventListener('message', (event) => {
  const message = event.data as Partial<ToWorker> | null;
  if (!message || typeof message !== 'object') return;
  if (message.type === 'keep') event.waitUntil(keep((message as { urls?: unknown }).urls, event));
  else if (message.type === 'state') event.waitUntil(broadcast());
  else if (message.type === 'save') void save(event);
  else if (message.type === 'remove') event.waitUntil(remove());
});
