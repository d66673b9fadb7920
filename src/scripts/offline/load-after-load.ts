/*
 * Loads the service worker's registration (./register.ts) from its own file once the page has
 * loaded and painted: a first visit stays one request until then, and its JavaScript at load
 * grows only by these lines. `__OFFLINE_REGISTER_URL__` is null in `npm run dev` and in a
 * kill-switch build (integrations/offline-worker.ts): no worker is registered there. Imported
 * by the script every page runs (../every-page.ts), so it shares that inline script and its
 * CSP hash rather than adding one of each to every page (both count against the 14 KB budget).
 */
import { addScript } from '../add-script';

declare const __OFFLINE_REGISTER_URL__: string | null;

const url = __OFFLINE_REGISTER_URL__;
/**
 * Calls `then` once the page has painted its content, which is its largest paint too (text):
 * Lighthouse counts a request begun before that paint toward the page's LCP, and a page as
 * small as ours loads, and goes idle, before painting (the registration's file took /path/'s
 * LCP to 1.43× of the one-request page: see tools/lcp-breakdown.ts). Every browser with
 * service workers times paints (Safari since 14.1). A page opened in a background tab paints
 * when it is first shown. SearchPage.astro waits the same way for /search/'s code; the two are
 * not one module, as a module two inline scripts import becomes a chunk of its own: one more
 * request on every page.
 */
const afterContentfulPaint = (then: () => void) =>
  new PerformanceObserver((paints, observer) => {
    if (!paints.getEntriesByName('first-contentful-paint')[0]) return;
    observer.disconnect();
    then();
  }).observe({ type: 'paint', buffered: true });

// The registration is one file (esbuild bundles it whole): it runs as well as a module.
if (url && 'serviceWorker' in navigator)
  addEventListener('load', () => afterContentfulPaint(() => void addScript(url).catch(() => {})));
