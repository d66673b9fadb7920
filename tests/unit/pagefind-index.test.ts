import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';

import {
  buildSearchIndex as buildWith,
  pagefindIndex as integrationWith,
  type PagefindApi,
} from '../../integrations/pagefind-index.ts';

// A stand-in for Pagefind's Node API: these tests check how the integration drives it, not
// Pagefind. Passed in, not module-mocked, so the unit files can share a worker.
const pagefind = {
  createIndex: vi.fn(),
  close: vi.fn(),
  index: { addDirectory: vi.fn(), addHTMLFile: vi.fn(), writeFiles: vi.fn() },
};
const api = pagefind as unknown as PagefindApi;
const buildSearchIndex = (site: string, searchTerms?: Map<string, string[]>) =>
  buildWith(site, searchTerms, api);
const pagefindIndex = () => integrationWith({ api });

// A real folder: the bundle's entry file and WebAssembly are renamed on disk after writing.
const site = mkdtempSync(join(tmpdir(), 'pagefind-index-'));

beforeEach(() => {
  vi.clearAllMocks();
  pagefind.createIndex.mockResolvedValue({ errors: [], index: pagefind.index });
  pagefind.index.addDirectory.mockResolvedValue({ errors: [], page_count: 15 });
  pagefind.index.writeFiles.mockImplementation(async ({ outputPath }: { outputPath: string }) => {
    mkdirSync(outputPath, { recursive: true });
    writeFileSync(
      join(outputPath, 'pagefind-entry.json'),
      JSON.stringify({ languages: { en: { hash: 'en_1', wasm: 'en', page_count: 15 } } }),
    );
    writeFileSync(join(outputPath, 'wasm.en.pagefind'), 'wasm bytes');
    return { errors: [], outputPath };
  });
  pagefind.index.addHTMLFile.mockResolvedValue({ errors: [], file: {} });
  pagefind.close.mockResolvedValue(null);
});

describe('buildSearchIndex', () => {
  test('creates an index, adds the built site, writes the bundle into it and closes Pagefind', async () => {
    await expect(buildSearchIndex(site)).resolves.toMatchObject({ pageCount: 15 });
    expect(pagefind.createIndex).toHaveBeenCalledOnce();
    expect(pagefind.index.addDirectory).toHaveBeenCalledWith({ path: site });
    expect(pagefind.index.writeFiles).toHaveBeenCalledWith({ outputPath: join(site, 'pagefind') });
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('fails with Pagefind’s reason when no index can be created, and still closes', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: ['bad config'] });
    await expect(buildSearchIndex(site)).rejects.toThrow(/could not create an index: bad config/);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('fails when indexing reports errors, without writing a bundle, and still closes', async () => {
    pagefind.index.addDirectory.mockResolvedValue({ errors: ['unreadable file'], page_count: 0 });
    await expect(buildSearchIndex(site)).rejects.toThrow(/could not index the built site: unreadable file/);
    expect(pagefind.index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('fails when no page is marked for indexing, since search would silently find nothing', async () => {
    pagefind.index.addDirectory.mockResolvedValue({ errors: [], page_count: 0 });
    await expect(buildSearchIndex(site)).rejects.toThrow(/no pages with \[data-pagefind-body\]/);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('adds a page again with its hidden search terms, in the indexed text only', async () => {
    mkdirSync(join(site, 'technical-track'), { recursive: true });
    writeFileSync(
      join(site, 'technical-track/index.html'),
      '<html><body><article data-pagefind-body><p>Text</p></article></body></html>',
    );
    await buildSearchIndex(site, new Map([['technical-track/index.html', ['IC', 'staff engineer']]]));
    const [[added]] = pagefind.index.addHTMLFile.mock.calls as [[{ sourcePath: string; content: string }]];
    expect(added.sourcePath).toBe('technical-track/index.html');
    expect(added.content).toContain(
      '<p>Text</p><p hidden data-pagefind-weight="0.5" data-pagefind-meta="search_terms">IC, staff engineer</p></article>',
    );
    expect(readFileSync(join(site, 'technical-track/index.html'), 'utf8')).not.toContain('IC');
  });

  test('fails naming the page when its search terms cannot be indexed', async () => {
    writeFileSync(join(site, 'index.html'), '<html><body><main>No article</main></body></html>');
    await expect(buildSearchIndex(site, new Map([['index.html', ['IC']]]))).rejects.toThrow(
      /^index\.html: a page with search terms needs an <article data-pagefind-body>/,
    );
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('names the WebAssembly by its content, and the entry file after it', async () => {
    await buildSearchIndex(site);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.wasm).toMatch(/^en_[0-9a-f]{10}$/);
    expect(readFileSync(join(site, `pagefind/wasm.${entry.languages.en.wasm}.pagefind`), 'utf8')).toBe(
      'wasm bytes',
    );
  });

  test('fails when the bundle cannot be written, and still closes', async () => {
    pagefind.index.writeFiles.mockResolvedValue({ errors: ['disk full'], outputPath: '' });
    await expect(buildSearchIndex(site)).rejects.toThrow(/could not write the search bundle: disk full/);
    expect(pagefind.close).toHaveBeenCalledOnce();
  });

  test('closes Pagefind when a call throws', async () => {
    pagefind.index.addDirectory.mockRejectedValue(new Error('service crashed'));
    await expect(buildSearchIndex(site)).rejects.toThrow('service crashed');
    expect(pagefind.close).toHaveBeenCalledOnce();
  });
});

describe('pagefindIndex', () => {
  test('indexes the output directory when the build is done, and logs the page count', async () => {
    const hooks = pagefindIndex().hooks;
    const logger = { info: vi.fn(), warn: vi.fn() };
    await hooks['astro:build:done']?.({ dir: new URL(`file://${site}/`), logger } as never);
    expect(pagefind.index.addDirectory).toHaveBeenCalledWith({ path: `${site}/` });
    expect(pagefind.index.addHTMLFile).not.toHaveBeenCalled();
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 15 pages/));
  });

  test('lets a Pagefind failure fail the build', async () => {
    pagefind.index.addDirectory.mockResolvedValue({ errors: ['broken HTML'], page_count: 0 });
    const hooks = pagefindIndex().hooks;
    await expect(
      hooks['astro:build:done']?.({ dir: new URL(`file://${site}/`), logger: { info: vi.fn() } } as never),
    ).rejects.toThrow(/broken HTML/);
  });

  describe('on the dev server', () => {
    /** Runs the hooks as `astro <command>` would, with the output directory at `outDir`. */
    function serverSetup(command: 'dev' | 'build', outDir: string) {
      const hooks = pagefindIndex().hooks;
      const logger = { info: vi.fn(), warn: vi.fn() };
      const server = { middlewares: { use: vi.fn() }, config: { base: '/' } };
      hooks['astro:config:setup']?.({ command } as never);
      hooks['astro:config:done']?.({ config: { outDir: new URL(`file://${outDir}/`) } } as never);
      hooks['astro:server:setup']?.({ server, logger } as never);
      return { logger, server };
    }

    test('says, without warning, that search waits for a build when there is no index', () => {
      const { logger, server } = serverSetup('dev', mkdtempSync(join(tmpdir(), 'no-index-')));
      expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^No search index yet/));
      expect(logger.warn).not.toHaveBeenCalled();
      expect(server.middlewares.use).toHaveBeenCalledOnce();
    });

    test('says nothing when the last build left an index', () => {
      const outDir = mkdtempSync(join(tmpdir(), 'with-index-'));
      mkdirSync(join(outDir, 'pagefind'));
      const { logger } = serverSetup('dev', outDir);
      expect(logger.info).not.toHaveBeenCalled();
    });

    test('says nothing during `astro build`, whose content sync sets up a server before any index exists', () => {
      const { logger } = serverSetup('build', mkdtempSync(join(tmpdir(), 'no-index-')));
      expect(logger.info).not.toHaveBeenCalled();
      expect(logger.warn).not.toHaveBeenCalled();
    });
  });
});
