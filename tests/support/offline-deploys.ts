import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killSwitchWorker } from '../../integrations/offline-worker';
import { distDir } from '../../tools/lib/paths';
import { serveStatic, type RunningServer } from '../../tools/lib/static-server';

/** The text the "next deploy" changes, on the third way's page (the article's words, untouched elsewhere). */
export const CHANGED_PAGE = '/third-way/';
export const NEW_TEXT = 'Deployed again: this sentence is new.';

/**
 * Deploys for the offline tests, made from the run's one production build instead of new
 * `astro build`s (each would cost ~15 s): the build as it is (`first`); the next build
 * (`next`: one page's text changed, a new version in the worker and the pages' build mark,
 * as a real rebuild gives); and the kill switch (`killed`: the worker that removes itself, and
 * pages that register nothing, as SITE_OFFLINE=off builds them). Served in turn from one
 * folder at one origin, as a host serves one deploy after another.
 */
export async function offlineDeploys(): Promise<{
  server: RunningServer;
  deploy(which: 'first' | 'next' | 'killed'): void;
  /** Makes the host unreachable (true) or back (false): offline, for a browser with no switch for it. */
  setDown(down: boolean): void;
  close(): Promise<void>;
}> {
  const work = mkdtempSync(join(tmpdir(), 'offline-deploys-'));
  const live = join(work, 'live');
  const first = join(work, 'first');
  // Link previews are large and never served to a reader: left out of every copy.
  cpSync(distDir, first, { recursive: true, filter: (source) => !source.startsWith(join(distDir, 'og')) });
  const version = /name="guide-build" content="([0-9a-f]+)"/.exec(
    readFileSync(join(first, 'index.html'), 'utf8'),
  )?.[1];
  if (!version) throw new Error('offline-deploys: the build has no guide-build mark');
  const nextVersion = [...version].reverse().join('');
  const kill = await killSwitchWorker();

  const replaceIn = (file: string, from: string | RegExp, to: string) =>
    writeFileSync(
      file,
      typeof from === 'string'
        ? readFileSync(file, 'utf8').replaceAll(from, to)
        : readFileSync(file, 'utf8').replace(from, to),
    );
  const htmlFiles = (root: string) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

  const deploy = (which: 'first' | 'next' | 'killed') => {
    rmSync(live, { recursive: true, force: true });
    cpSync(first, live, { recursive: true });
    if (which === 'next') {
      for (const file of htmlFiles(live)) replaceIn(join(live, file), version, nextVersion);
      replaceIn(join(live, 'sw.js'), version, nextVersion);
      replaceIn(join(live, CHANGED_PAGE, 'index.html'), /(<h1[^>]*>)/, `$1${NEW_TEXT} `);
    }
    if (which === 'killed') {
      writeFileSync(join(live, 'sw.js'), kill);
      // A SITE_OFFLINE=off build has no registration: its pages' loader has no script to load.
      for (const file of readdirSync(join(live, '_astro')).filter((name) => name.startsWith('offline.')))
        writeFileSync(join(live, '_astro', file), '');
    }
  };
  deploy('first');
  let down = false;
  const server = await serveStatic(live, '/', { down: () => down });
  return {
    server,
    deploy,
    setDown: (value) => (down = value),
    close: async () => {
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
