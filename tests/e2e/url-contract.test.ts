import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diffContract, type UrlContract } from '../../src/lib/urlContract';
import { distDir, root } from '../../tools/lib/paths';
import { declaredSectionIds, idsIn, publishedUrls } from '../../tools/lib/published-urls';

// The URL contract (url-contract.json) against the production build: links pasted into
// chats and docs must keep working. See "Renaming safely" in the README.
const contract = JSON.parse(readFileSync(join(root, 'url-contract.json'), 'utf8')) as UrlContract;
const published = publishedUrls(distDir, {
  base: process.env.SITE_BASE ?? '/',
  skip: Object.keys(contract.movedPages),
});
const diff = diffContract(contract, published);

describe('the URL contract', () => {
  test('every page, section id and short link it lists still works, or is mapped to a new home', () => {
    expect(
      diff.removed,
      'Gone without a mapping: add them to movedPages or movedIds in url-contract.json',
    ).toEqual([]);
  });

  test('lists everything the build publishes (run `npm run build && npm run contract` to record new URLs)', () => {
    expect(diff.added).toEqual([]);
  });

  test('keeps the first published question ids working as aliases', () => {
    expect(diff.aliased).toEqual(
      expect.arrayContaining([
        '/reflection/#energizes → /reflection/#what-truly-energizes-you',
        '/reflection/#let-go → /reflection/#are-you-willing-to-let-go',
      ]),
    );
  });
});

describe('section ids in the built pages', () => {
  test('every section a page declares is an element on it, and no id appears twice on a page', () => {
    for (const path of Object.keys(published.pages)) {
      const html = readFileSync(join(distDir, path, 'index.html'), 'utf8');
      const ids = idsIn(html);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(duplicates, path).toEqual([]);
      for (const id of declaredSectionIds(html)) expect(ids, `${path}#${id}`).toContain(id);
    }
  });

  test('gives every pro and con on the track and compare pages, and every question, an id', () => {
    expect(published.pages['/technical-track/']).toEqual(
      expect.arrayContaining(['political-vulnerability', 'unclear-promotion-path', 'deep-impact']),
    );
    expect(published.pages['/compare/']).toEqual(
      expect.arrayContaining(['political-vulnerability', 'different-skill-set']),
    );
    expect(published.pages['/reflection/']).toEqual(
      expect.arrayContaining([
        'what-truly-energizes-you',
        'where-do-you-want-to-be-in-five-years',
        'are-you-willing-to-let-go',
      ]),
    );
  });

  test('every short link leads to its own section, declared on the page it names', () => {
    const sections = Object.values(published.pages).reduce((sum, ids) => sum + ids.length, 0);
    const shortLinks = Object.entries(published.shortLinks);
    console.log(
      `${sections} sections with stable ids on ${Object.keys(published.pages).length} pages; ${shortLinks.length} short links`,
    );
    expect(shortLinks.length, 'short links in the build').toBe(Object.keys(contract.shortLinks).length);
    expect(new Set(shortLinks.map(([, target]) => target)).size).toBe(shortLinks.length);
    for (const [short, target] of shortLinks) {
      const [page = '', id = ''] = target.split('#');
      expect(published.pages[page], `${short} → ${target}`).toContain(id);
    }
  });
});
