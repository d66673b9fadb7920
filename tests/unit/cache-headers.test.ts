import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashWasmNames } from '../../integrations/pagefind-index.ts';
import { root } from '../../tools/lib/paths';

// Issue 9, item 8: which Cache-Control a host that reads public/_headers sends for each
// file of a real search bundle (Pagefind's Node API, on a two-page site, renamed as the
// build renames it). Rules apply in order, as on Cloudflare Pages: `*` matches anything,
// `! Name` drops what earlier rules set.
function cacheControlFor(path: string): string[] {
  let values: string[] = [];
  let rule: RegExp | undefined;
  for (const line of readFileSync(join(root, 'public/_headers'), 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rule = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      continue;
    }
    if (!rule?.test(path)) continue;
    if (/^!\s*cache-control$/i.test(line.trim())) values = [];
    const set = /^cache-control:\s*(.*)$/i.exec(line.trim());
    if (set) values.push(set[1]!);
  }
  return values;
}

const IMMUTABLE = ['public, max-age=31536000, immutable'];
const REVALIDATE = ['public, max-age=0, must-revalidate'];

let site: string;
let files: string[];
beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'cache-headers-'));
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    for (const [url, text] of [
      ['/a/', 'Soft power and politics'],
      ['/b/', 'A clearer path to promotion'],
    ]) {
      await index!.addCustomRecord({
        url: url!,
        content: text!,
        language: 'en',
        filters: { track: ['technical'] },
      });
    }
    await index!.writeFiles({ outputPath: join(site, 'pagefind') });
  } finally {
    await pagefind.close();
  }
  await hashWasmNames(join(site, 'pagefind'));
  files = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .map((file) => `/${relative(site, join(site, file)).split('\\').join('/')}`)
    .filter((path) => /\.[a-z_]+$/.test(path));
}, 30_000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('caching of the search bundle', () => {
  test('the WebAssembly gets a content hash in its name, and the entry file names it', () => {
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { wasm: string }>;
    };
    const wasm = entry.languages.en!.wasm;
    expect(wasm).toMatch(/^en_[0-9a-f]{10}$/);
    expect(existsSync(join(site, `pagefind/wasm.${wasm}.pagefind`))).toBe(true);
    expect(existsSync(join(site, 'pagefind/wasm.en.pagefind'))).toBe(false);
  });

  test('every content-hashed file (index, fragments, filters, metadata, WebAssembly) is immutable', () => {
    const hashed = files.filter((path) => /\/(index|fragment|filter)\/|\.pf_meta$|\/wasm\.en_/.test(path));
    expect(hashed.length).toBeGreaterThanOrEqual(5);
    for (const path of hashed) expect([path, cacheControlFor(path)]).toEqual([path, IMMUTABLE]);
  });

  test('what names the current files, and the scripts, keep revalidating', () => {
    for (const path of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-component-ui.js',
      '/pagefind/pagefind-component-ui.css',
      '/pagefind/pagefind-worker.js',
      '/pagefind/wasm.unknown.pagefind',
    ]) {
      expect(files).toContain(path);
      expect([path, cacheControlFor(path)]).toEqual([path, REVALIDATE]);
    }
  });

  test('HTML revalidates and Astro’s hashed assets stay immutable', () => {
    expect(cacheControlFor('/')).toEqual(REVALIDATE);
    expect(cacheControlFor('/technical-track/')).toEqual(REVALIDATE);
    expect(cacheControlFor('/_astro/on-demand-C6eBd3pN.js')).toEqual(IMMUTABLE);
  });
});

describe('caching of the service worker (docs/offline.md)', () => {
  test('sw.js is served no-cache, so every reader’s browser sees a new deploy or the kill switch at once', () => {
    expect(cacheControlFor('/sw.js')).toEqual(['no-cache']);
  });
});
