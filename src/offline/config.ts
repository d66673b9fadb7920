import type { GuidePageEntry } from '../lib/offline/offlinePage';

/** What a build hands its worker (integrations/offline-worker.ts), as `__OFFLINE_CONFIG__`. */
export interface WorkerConfig {
  /** Changes whenever anything a reader can keep changes: names this build's saved guide. */
  version: string;
  /** The deploy base, `/` or `/guide/`: the worker's scope. */
  scope: string;
  /** Our offline page and its revision (installed with the worker, the one thing it fetches by itself). */
  offlinePage: { url: string; revision: string };
  /** "Save for offline": every file of the guide and their download size. */
  save: { urls: string[]; bytes: number };
  /** The guide's pages with their titles, in reading order, for the offline page's list. */
  pages: GuidePageEntry[];
}

/** Messages a page sends its worker. */
export type ToWorker =
  { type: 'keep'; urls: string[] } | { type: 'state' } | { type: 'save' } | { type: 'remove' };

/** The one message a worker sends its pages: where saving stands (see src/lib/offline/saveState.ts). */
export interface FromWorker {
  type: 'offline-state';
  version: string;
  state: import('../lib/offline/saveState').OfflineState;
}
