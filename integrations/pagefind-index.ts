import { createReadStream, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Connect } from 'vite';
import { withSearchTerms } from '../src/lib/searchTerms.ts';

/** Where the search bundle lives inside the built site, and under the deploy base. */
const BUNDLE_DIR = 'pagefind';

/** The part of Pagefind's Node API the index is built with; a test passes a stand-in. */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

/**
 * Builds the Pagefind search index as the last step of `astro build`, through Pagefind's
 * Node API (no separate CLI step to forget). Only `[data-pagefind-body]` is indexed, so
 * page chrome and list pages stay out of results. Any Pagefind error fails the build with
 * Pagefind's own message; the service is always closed so the build process can exit.
 *
 * During `astro dev` there is no index of the sources, so the dev server serves the bundle
 * of the last build from `dist/pagefind/`; without one, search says it needs a build.
 * @param options.searchTerms each page's hidden search terms by built file (issue 13),
 *   added to what Pagefind indexes, never to the served page
 * @param options.api Pagefind's Node API (a test's stand-in; Pagefind's own by default)
 */
export function pagefindIndex({
  searchTerms,
  api = pagefind,
}: { searchTerms?: () => Map<string, string[]>; api?: PagefindApi } = {}): AstroIntegration {
  let outDir: URL;
  let command: string;
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      // `astro build` sets up a server too (to sync content), before any index exists: only
      // the dev server's reader needs to hear that search waits for a build. Said as a fact
      // (info), not a warning: a fresh clone's `npm run dev` is quiet.
      'astro:server:setup': ({ server, logger }) => {
        const bundle = fileURLToPath(new URL(`${BUNDLE_DIR}/`, outDir));
        if (command === 'dev' && !existsSync(bundle))
          logger.info('No search index yet: search works in dev after one `npm run build`.');
        server.middlewares.use(serveLastBuild(bundle, server.config.base));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const stats = await buildSearchIndex(fileURLToPath(dir), searchTerms?.(), api);
        logger.info(`Indexed ${stats.pageCount} pages for search in ${stats.ms} ms.`);
      },
    },
  };
}

/**
 * Indexes every HTML file under `siteDir` (the built site on disk) and writes the bundle to
 * `siteDir/pagefind/`; `searchTerms`: hidden search terms by file under `siteDir`; `api`:
 * Pagefind's Node API (a test's stand-in; Pagefind's own by default).
 */
export async function buildSearchIndex(
  siteDir: string,
  searchTerms = new Map<string, string[]>(),
  api: PagefindApi = pagefind,
): Promise<{ pageCount: number; ms: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await api.createIndex({ forceLanguage: 'en' });
    if (!index)
      throw new Error(`Pagefind could not create an index: ${errors.join('; ') || 'no reason given'}`);
    const added = await index.addDirectory({ path: siteDir });
    failOn('index the built site', added.errors);
    if (added.page_count === 0)
      throw new Error(`Pagefind found no pages with [data-pagefind-body] in ${siteDir}`);
    // Issue 13: a page with hidden search terms is indexed again with them (the same file
    // replaces its first record), so they reach the index but not the page readers load.
    for (const [file, terms] of searchTerms) {
      const html = await readFile(join(siteDir, file), 'utf8');
      let content: string;
      try {
        content = withSearchTerms(html, terms);
      } catch (error) {
        // The page, by its built file, so the maintainer knows which page's layout to mend.
        throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      const readded = await index.addHTMLFile({ sourcePath: file, content });
      failOn(`index the search terms of ${file}`, readded.errors);
    }
    const written = await index.writeFiles({ outputPath: join(siteDir, BUNDLE_DIR) });
    failOn('write the search bundle', written.errors);
    await hashWasmNames(join(siteDir, BUNDLE_DIR));
    return { pageCount: added.page_count, ms: Math.round(performance.now() - started) };
  } finally {
    await api.close();
  }
}

/**
 * Issue 9: gives Pagefind's WebAssembly a content hash in its name, like its index files,
 * so hosts can cache it as immutable (public/_headers). pagefind.js fetches
 * `wasm.${entry.languages[lang].wasm}.pagefind`, reading that name from pagefind-entry.json
 * (itself always revalidated): `wasm.en.pagefind` becomes `wasm.en_<hash>.pagefind`.
 */
export async function hashWasmNames(bundleDir: string): Promise<void> {
  const entryFile = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as {
    languages: Record<string, { wasm?: string }>;
  };
  for (const language of Object.values(entry.languages)) {
    if (!language.wasm || language.wasm.includes('_')) continue;
    const wasm = await readFile(join(bundleDir, `wasm.${language.wasm}.pagefind`));
    const hashed = `${language.wasm}_${createHash('sha256').update(wasm).digest('hex').slice(0, 10)}`;
    await rename(
      join(bundleDir, `wasm.${language.wasm}.pagefind`),
      join(bundleDir, `wasm.${hashed}.pagefind`),
    );
    language.wasm = hashed;
  }
  await writeFile(entryFile, JSON.stringify(entry));
}

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Connect middleware for `astro dev`: answers `<base>pagefind/*` from the last build.
 * @param bundle absolute path of `dist/pagefind/`
 * @param base the deploy base (`/`, `/guide/`)
 */
function serveLastBuild(bundle: string, base: string): Connect.NextHandleFunction {
  const prefix = `${base.replace(/\/?$/, '/')}${BUNDLE_DIR}/`;
  return (request, response, next) => {
    const pathname = new URL(request.url ?? '/', 'http://dev').pathname;
    if (!pathname.startsWith(prefix)) return next();
    let file = '';
    try {
      file = normalize(join(bundle, decodeURIComponent(pathname.slice(prefix.length))));
    } catch {
      /* a malformed escape is simply not found */
    }
    if (!file.startsWith(bundle) || !existsSync(file) || !statSync(file).isFile()) {
      response.statusCode = 404;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      return response.end('No search index: run `npm run build` once, then search works in dev too.');
    }
    response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(response);
  };
}
