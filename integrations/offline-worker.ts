import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { inReadingOrder, listTitleOf, readingOrderFrom, titleOf } from '../src/lib/offline/guidePages.ts';
import { saveListOf, type BuiltFile } from '../src/lib/offline/saveList.ts';
import { scopeOf } from '../src/lib/offline/rules.ts';
import { svgToPng } from '../src/lib/pngDataUrl.ts';
import type { WorkerConfig } from '../src/offline/config.ts';
import { SITE_NAME, SITE_TAGLINE } from '../src/site.ts';

/** What BaseHead writes where this build's version goes (filled in here, once every file is final). */
export const BUILD_PLACEHOLDER = '__GUIDE_BUILD__';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Bundles a worker-side entry into one minified classic script (a service worker need not be a module). */
async function bundle(entry: string, define: Record<string, string> = {}): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [source(entry)],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"', ...define },
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`offline-worker: esbuild produced nothing for ${entry}`);
  return code;
}

/** The kill switch's worker (src/offline/sw-off.ts), as `sw.js` ships it. */
export const killSwitchWorker = (): Promise<Uint8Array> => bundle('../src/offline/sw-off.ts');

/**
 * The guide offline (docs/offline.md). Workbox's modules (routing, strategies, expiration,
 * precaching) bundled with esbuild into one `sw.js` at the root of the deploy base, carrying
 * this build's list of files for "Save for offline" and a version; the registration script
 * (src/scripts/offline/register.ts) bundled the same way into `_astro/`, its URL handed to
 * src/scripts/offline/load-after-load.ts; and the web app manifest with icons drawn from the favicon's mark.
 *
 * `enabled: false` is the kill switch: the build ships a worker that removes itself and
 * everything it kept, and its pages register nothing. `npm run dev` registers nothing either.
 * Must come after every integration that writes files into the build (Pagefind's index, the
 * CSP narrowing), so the list and sizes are of what ships.
 */
export function offlineWorker({ enabled }: { enabled: boolean }): AstroIntegration {
  let base = '/';
  let register: { code: Uint8Array; path: string } | undefined;
  return {
    name: 'offline-worker',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        base = scopeOf(config.base);
        let url: string | null = null;
        if (command === 'build' && enabled) {
          const code = await bundle('../src/scripts/offline/register.ts', {
            __OFFLINE_WORKER_URL__: JSON.stringify(`${base}sw.js`),
            __OFFLINE_SCOPE__: JSON.stringify(base),
          });
          const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
          register = { code, path: `${config.build.assets}/offline.${hash}.js` };
          url = `${base}${register.path}`;
        }
        updateConfig({ vite: { define: { __OFFLINE_REGISTER_URL__: JSON.stringify(url) } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await writeManifest(root, base);
        if (!enabled) {
          await writeFile(join(root, 'sw.js'), await killSwitchWorker());
          logger.info('kill switch: sw.js removes the worker and what it kept, for every reader');
          return;
        }
        if (register) {
          await mkdir(join(root, register.path, '..'), { recursive: true });
          await writeFile(join(root, register.path), register.code);
        }
        const config = await workerConfig(root, base);
        await writeFile(
          join(root, 'sw.js'),
          await bundle('../src/offline/sw.ts', { __OFFLINE_CONFIG__: JSON.stringify(config) }),
        );
        logger.info(
          `sw.js for build ${config.version}: "Save for offline" is ${config.save.urls.length} files, ${Math.round(config.save.bytes / 1024)} KB gzip`,
        );
      },
    },
  };
}

/** Every file of the build with its path (`/` separators) and contents. */
async function builtFiles(root: string): Promise<{ path: string; body: Buffer }[]> {
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    names
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = join(entry.parentPath, entry.name);
        return {
          path: file.slice(root.length).split(sep).filter(Boolean).join('/'),
          body: await readFile(file),
        };
      }),
  );
}

/** The list and version the worker carries; writes the version into every page that asks for it. */
async function workerConfig(root: string, base: string): Promise<WorkerConfig> {
  const files = await builtFiles(root);
  const sized: BuiltFile[] = files.map((file) => ({ path: file.path, bytes: gzipSync(file.body).length }));
  const save = saveListOf(sized, base);
  const saved = new Set(save.urls);
  const byUrl = new Map(
    files.map((file) => [`${base}${file.path.replace(/(^|\/)index\.html$/, '$1')}`, file]),
  );
  const digest = createHash('sha256');
  for (const url of save.urls)
    digest.update(url).update(createHash('sha256').update(byUrl.get(url)!.body).digest());
  const offline = byUrl.get(`${base}offline/`);
  if (!offline) throw new Error('offline-worker: the offline page (src/pages/offline.astro) is missing');
  digest.update(offline.body);
  const version = digest.digest('hex').slice(0, 16);
  const order = readingOrderFrom(byUrl.get(`${base}read/`)?.body.toString('utf8') ?? '');
  const pages = inReadingOrder(
    [...saved]
      .filter((url) => url.endsWith('/'))
      .map((url) => ({
        url,
        title: listTitleOf(url, titleOf(byUrl.get(url)!.body.toString('utf8'), SITE_NAME) ?? url, base),
      })),
    order,
  );
  // The version is known only now: write it where each page's head left room for it.
  await Promise.all(
    files
      .filter((file) => file.path.endsWith('.html') && file.body.includes(BUILD_PLACEHOLDER))
      .map((file) =>
        writeFile(join(root, file.path), file.body.toString('utf8').replaceAll(BUILD_PLACEHOLDER, version)),
      ),
  );
  const offlineHtml = offline.body.toString('utf8').replaceAll(BUILD_PLACEHOLDER, version);
  return {
    version,
    scope: base,
    offlinePage: {
      url: `${base}offline/`,
      revision: createHash('sha256').update(offlineHtml).digest('hex').slice(0, 16),
    },
    save,
    pages,
  };
}

/** Light and dark page colours, as BaseHead's theme-color metas. */
const LIGHT = '#fbf9f4';
const DARK = '#15171a';

/** The web app manifest and its icons, drawn from the favicon's mark. */
async function writeManifest(root: string, base: string): Promise<void> {
  const mark = await readFile(source('../public/favicon.svg'), 'utf8');
  // Maskable: the same mark on a full square (the launcher draws its own shape around it).
  const square = mark.replace(' rx="8"', '');
  const icons = [
    { name: 'icon-192.png', svg: mark, size: 192, purpose: 'any' },
    { name: 'icon-512.png', svg: mark, size: 512, purpose: 'any' },
    { name: 'icon-maskable-512.png', svg: square, size: 512, purpose: 'maskable' },
  ];
  for (const icon of icons) await writeFile(join(root, icon.name), svgToPng(icon.svg, icon.size));
  const manifest = {
    name: `${SITE_NAME} ${SITE_TAGLINE}`,
    short_name: SITE_NAME,
    description: SITE_TAGLINE,
    start_url: base,
    scope: base,
    id: base,
    display: 'standalone',
    background_color: LIGHT,
    theme_color: LIGHT,
    // Chromium's colours for a dark system theme (the manifest has no media queries).
    user_preferences: { color_scheme_dark: { background_color: DARK, theme_color: DARK } },
    icons: icons.map((icon) => ({
      src: `${base}${icon.name}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
  await writeFile(join(root, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}
