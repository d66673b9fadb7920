/*
 * Asks the service worker to keep some URLs (a page the worker did not see load, a reading
 * path's steps). Without a worker (`npm run dev`, the kill switch, an old browser) it does
 * nothing: `ready` then never settles, and nothing waits on it.
 */
export function keepForOffline(urls: readonly string[]): void {
  if (!('serviceWorker' in navigator) || urls.length === 0) return;
  void navigator.serviceWorker.ready.then((registration) =>
    // Once each: a page's scripts are both its elements and its timing entries (register.ts).
    registration.active?.postMessage({ type: 'keep', urls: [...new Set(urls)] }),
  );
}
