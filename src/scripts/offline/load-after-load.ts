/*
 * Loads the service worker's registration (./register.ts) from its own file once the page has
 * loaded: a first visit stays one request until then, and its JavaScript at load grows only by
 * these lines. `__OFFLINE_REGISTER_URL__` is null in `npm run dev` and in a kill-switch build
 * (integrations/offline-worker.ts): no worker is registered there. Imported by the header's
 * search script (SiteSearch.astro), on every page, so it shares that inline script and its
 * CSP hash rather than adding one of each to every page (both count against the 14 KB budget).
 */
import { addScript } from '../add-script';

declare const __OFFLINE_REGISTER_URL__: string | null;

const url = __OFFLINE_REGISTER_URL__;
// The registration is one file (esbuild bundles it whole): it runs as well as a module.
if (url && 'serviceWorker' in navigator) addEventListener('load', () => void addScript(url).catch(() => {}));
