import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir } from '../../tools/lib/paths';

/*
 * The built site's own search index (dist/pagefind/, as `astro build` wrote it), searched in
 * Node with the bundle's own pagefind.js: what a reader's search finds, without a browser.
 */

export interface GuideSearch {
  /** Site-relative URLs of the results for `query`, best first, with their loaded data. */
  search(query: string): Promise<Array<{ url: string; data: Record<string, unknown> }>>;
  close(): void;
}

/** A searcher over the search index of the build in `dist` (the e2e run's production build by default). */
export async function builtSearch(dist: string = distDir): Promise<GuideSearch> {
  const dir = join(dist, 'pagefind');
  // pagefind.js is written for browsers: give it the little it asks of one, and files for fetches.
  const globals = globalThis as Record<string, unknown>;
  const saved = {
    window: globals.window,
    document: globals.document,
    location: globals.location,
    fetch: globals.fetch,
  };
  Object.assign(globals, {
    window: globalThis,
    document: { currentScript: null, querySelector: () => null },
    location: { href: 'http://localhost/' },
    // pagefind.js asks for `${basePath}file?cache-buster`; basePath is the folder on disk.
    fetch: async (url: string | URL) =>
      new Response(
        readFileSync(
          String(url)
            .replace(/^file:\/\//, '')
            .replace(/\?.*$/, ''),
        ),
      ),
  });
  const api = (await import(`${pathToFileURL(join(dir, 'pagefind.js')).href}?${Date.now()}`)) as {
    options(o: object): Promise<void>;
    search(
      q: string,
    ): Promise<{ results: Array<{ data(): Promise<Record<string, unknown> & { url: string }> }> }>;
  };
  // Results are named as the site names them (`/technical-track/`), not by the folder on disk.
  await api.options({ basePath: `${dir}/`, baseUrl: '/' });
  return {
    async search(query) {
      const { results } = await api.search(query);
      return Promise.all(
        results.map(async (result) => ({ url: (await result.data()).url, data: await result.data() })),
      );
    },
    close() {
      Object.assign(globals, saved);
    },
  };
}
