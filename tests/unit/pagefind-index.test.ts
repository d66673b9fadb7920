import { join } from 'node:path';
import { beforeEach, describe, expect, test, vi } from 'vitest';

// Pagefind's Node API, mocked: these tests check how the integration drives it, not Pagefind.
const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(),
  index: { addDirectory: vi.fn(), writeFiles: vi.fn() },
}));
vi.mock('pagefind', () => ({ createIndex: pagefind.createIndex, close: pagefind.close }));

const { buildSearchIndex, pagefindIndex } = await import('../../integrations/pagefind-index.ts');

const site = join('/tmp', 'site');

beforeEach(() => {
  vi.clearAllMocks();
  pagefind.createIndex.mockResolvedValue({ errors: [], index: pagefind.index });
  pagefind.index.addDirectory.mockResolvedValue({ errors: [], page_count: 15 });
  pagefind.index.writeFiles.mockResolvedValue({ errors: [], outputPath: join(site, 'pagefind') });
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
    expect(logger.info).toHaveBeenCalledWith(expect.stringMatching(/^Indexed 15 pages/));
  });

  test('lets a Pagefind failure fail the build', async () => {
    pagefind.index.addDirectory.mockResolvedValue({ errors: ['broken HTML'], page_count: 0 });
    const hooks = pagefindIndex().hooks;
    await expect(hooks['astro:build:done']?.({ dir: new URL(`file://${site}/`), logger: { info: vi.fn() } } as never)).rejects.toThrow(/broken HTML/);
  });
});
