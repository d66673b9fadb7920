/// <reference lib="webworker" />
/*
 * The kill switch (docs/offline.md): a build made with SITE_OFFLINE=off ships this in place of
 * the worker. Every reader's browser checks the worker's file on their next visit (it is
 * served no-cache), installs this one, and it deletes everything the worker kept and
 * unregisters itself: pages then come from the network as if there had never been a worker.
 * localStorage (answers, weights, paths) is not the worker's and is left alone.
 */
import { CACHE_PREFIX } from '../lib/offline/rules';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(CACHE_PREFIX)).map((name) => caches.delete(name)),
      );
      await self.registration.unregister();
    })(),
  ),
);
