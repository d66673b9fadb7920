/*
 * Registers the service worker, loaded after the page’s load event by load-after-load.ts
 * (never in `npm run dev`, never in a kill-switch build). Then:
 * - keeps this page and what it loaded when the worker did not see it load (the first visit,
 *   before any worker; a page prerendered ahead of the reader, kept only once shown);
 * - offers "A newer version of this guide is available" with a Reload, on a page left open
 *   while a new build took over (it never reloads by itself);
 * - brings the "Save the guide for offline reading" controls to life (save-control.ts);
 * - says why search cannot open with no connection (search-unavailable.ts);
 * - links the web app manifest, which makes the guide installable.
 */
import { keepForOffline } from './keep';
import { explainSearchUnavailable } from './search-unavailable';
import { defineSaveControl } from './save-control';
import { offerReload } from './update-notice';

declare const __OFFLINE_WORKER_URL__: string;
declare const __OFFLINE_SCOPE__: string;

const workers = navigator.serviceWorker;
/** The build this page came from (BaseHead's meta, filled in at build). */
const pageBuild = document.querySelector<HTMLMetaElement>('meta[name="guide-build"]')?.content;

function start() {
  const controlled = Boolean(workers.controller);
  const prerendered = (
    performance.getEntriesByType('navigation')[0] as
      (PerformanceNavigationTiming & { activationStart?: number }) | undefined
  )?.activationStart;
  workers
    .register(__OFFLINE_WORKER_URL__, { scope: __OFFLINE_SCOPE__, updateViaCache: 'none' })
    .then((registration) => {
      // A page left open for long still hears of a new build: look when the reader comes back.
      let checked = Date.now();
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState !== 'visible' || Date.now() - checked < 30 * 60_000) return;
        checked = Date.now();
        registration.update().catch(() => {});
      });
    })
    .catch(() => {});
  if (!controlled || (prerendered ?? 0) > 0) {
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    // Its scripts by their elements too (this one among them): Firefox may list a script's
    // timing entry only after it has run, and a page kept without it fails to load it offline.
    const scripts = [...document.scripts].map((script) => script.src).filter(Boolean);
    keepForOffline([location.href, ...scripts, ...loaded]);
  }
  workers.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as { type?: string; version?: string } | null;
    if (message?.type === 'offline-state' && pageBuild && message.version && message.version !== pageBuild)
      offerReload();
  });
  workers.startMessages();
  defineSaveControl();
  linkManifest();
}

/**
 * The manifest is linked from here, not from the page's head: the browser fetches a linked
 * manifest as the page loads, and Lighthouse counts that request toward the page's largest
 * paint (LCP 1.18× → 1.42× of the one-request page on /read/, tools/lcp-breakdown.ts). It
 * matters only with the worker, which is what makes the guide installable and work offline.
 */
function linkManifest() {
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = `${__OFFLINE_SCOPE__}manifest.webmanifest`;
  document.head.append(link);
}

// Heard at once, even on a prerendered page: a reader may search as soon as it is shown.
explainSearchUnavailable();

// A prerendered page waits until it is shown: only then has the reader opened it.
if ((document as Document & { prerendering?: boolean }).prerendering)
  document.addEventListener('prerenderingchange', start, { once: true });
else start();
