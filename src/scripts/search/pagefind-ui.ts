/*
 * Loads Pagefind's Component UI from the bundle `astro build` writes to `<base>pagefind/`.
 * It is not part of our Vite build: it ships with, and always matches, the index. Loaded
 * once per page, on the first search; a failed load (no index yet, as in `astro dev`
 * before any build) is reported and may be retried.
 */
import { addScript } from '../add-script';

/** The slice of Pagefind's Component UI instance API that our own components use. */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  on(
    event: 'search',
    callback: (term: string, filters: Record<string, string[]>) => void,
    owner?: object,
  ): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void, owner?: object): void;
  on(
    event: 'filters',
    callback: (filters: { available: FilterCounts; total: FilterCounts }) => void,
    owner?: object,
  ): void;
  on(event: 'error', callback: (error: { message?: string }) => void, owner?: object): void;
  triggerSearch(term: string): void;
  triggerFilter(filter: string, values: string[]): void;
  triggerLoad(): Promise<void>;
  announceRaw(text: string, priority?: 'polite' | 'assertive'): void;
}

export type FilterCounts = Record<string, Record<string, number>>;

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): PagefindInstance } };
    PagefindHighlight?: new (options: PagefindHighlightOptions) => unknown;
  }
}

export interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}

let loading: Promise<void> | undefined;

/** Adds Pagefind's stylesheet and ours, and defines Pagefind's components; resolves once all are in. */
export function loadPagefindUI(bundle: string, styles: string): Promise<void> {
  loading ??= Promise.all([
    addStylesheet(`${bundle}pagefind-component-ui.css`, 'first'),
    addStylesheet(styles),
    addScript(`${bundle}pagefind-component-ui.js`),
  ]).then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The shared search instance every Pagefind component on the page talks to. */
export function searchInstance(): PagefindInstance {
  const components = window.PagefindComponents;
  if (!components) throw new Error('Pagefind Component UI is not loaded');
  return components.getInstanceManager().getInstance('default');
}

/** Adds a stylesheet once (`first`: before the page's own styles, so those win ties). */
export function addStylesheet(href: string, position: 'first' | 'last' = 'last'): Promise<void> {
  return new Promise((resolve, reject) => {
    if (document.querySelector(`link[href="${CSS.escape(href)}"]`)) return resolve();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)));
    if (position === 'first') document.head.prepend(link);
    else document.head.append(link);
  });
}

// Pagefind's own scripts run from its bundle, not ours: see add-script.ts.
export { addScript };

/** Creates an element with attributes and children; our static markup, never reader text as HTML. */
export function element(
  tag: string,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
