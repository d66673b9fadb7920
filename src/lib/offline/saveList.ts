/*
 * What "Save the guide for offline reading" downloads: every page, the code and styles they
 * use, the reading paths' section data, and the search (Pagefind's component UI, its
 * WebAssembly and index). Chosen from the built files by integrations/offline-worker.ts, which
 * hands the list to the worker; here as a pure function of file paths so it is unit-tested.
 */
import { keepRuleOf, scopeOf } from './rules';

export interface BuiltFile {
  /** Path inside the build folder, with `/` separators: `technical-track/index.html`. */
  path: string;
  /** What it costs to download: its gzip size (a host compresses text; Pagefind's files come compressed). */
  bytes: number;
}

export interface SaveList {
  /** Site-absolute URLs under the base, in a stable order. */
  urls: string[];
  /** Their download size added up. */
  bytes: number;
}

/** Pagefind files the component UI does not use: the older UIs, and the WebAssembly for pages with no language. */
const UNUSED_SEARCH = /^pagefind\/(pagefind-(modular-)?ui\.(js|css)|wasm\.unknown\.pagefind)$/;
/** Kept by the worker on install (the offline page), or never served to a reader as a page. */
const NOT_SAVED_PAGES = new Set(['offline/']);

/** The URL a built file is served at, or undefined for a file that is not part of a saved guide. */
export function savedUrlOf(path: string, base: string): string | undefined {
  const scope = scopeOf(base);
  if (path.includes('..') || path.startsWith('/')) return undefined;
  const probe = new URL(`https://site.invalid${scope}${path.replace(/(^|\/)index\.html$/, '$1')}`);
  const rule = keepRuleOf(probe, 'https://site.invalid', base);
  if (rule === 'page') {
    const relative = probe.pathname.slice(scope.length);
    if (!path.endsWith('index.html') || NOT_SAVED_PAGES.has(relative)) return undefined;
  } else if (rule === 'search') {
    if (UNUSED_SEARCH.test(path)) return undefined;
  } else if (rule !== 'asset' && rule !== 'data') return undefined;
  if (path.endsWith('.map')) return undefined;
  return probe.pathname;
}

/** The saved guide of a build: every file that belongs to it, and their size. */
export function saveListOf(files: readonly BuiltFile[], base: string): SaveList {
  const chosen = files
    .map((file) => ({ url: savedUrlOf(file.path, base), bytes: file.bytes }))
    .filter((file): file is { url: string; bytes: number } => file.url !== undefined)
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return { urls: chosen.map((file) => file.url), bytes: chosen.reduce((sum, file) => sum + file.bytes, 0) };
}

/** A download size as a reader reads it: "about 420 KB", "about 1.2 MB" (rounded up, never 0). */
export function aboutSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return 'under 10 KB';
  const kb = bytes / 1024;
  if (kb < 1000) return `about ${Math.max(10, Math.ceil(kb / 10) * 10)} KB`;
  return `about ${(Math.ceil(kb / 102.4) / 10).toFixed(1)} MB`;
}
