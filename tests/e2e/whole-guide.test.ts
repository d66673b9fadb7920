import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { articleBlocks, normalise } from '../support/article';
import { useBrowser } from '../support/browser-fixture';
import { distDir } from '../../tools/lib/paths';

const site = useBrowser();

describe('the whole guide on one page (/read/)', () => {
  test('holds every paragraph and bullet of the article, in the article’s order, with a heading and a link per page', async () => {
    // Without JavaScript: the page needs none to hold it all (a browser of its own).
    const page = await site.open('/read/', { javaScriptEnabled: false });
    const text = normalise(await page.locator('main').innerText());
    let from = 0;
    for (const block of articleBlocks().filter((b) => b.kind === 'paragraph' || b.kind === 'bullet')) {
      // A question is shown as question and prompt, like its bullet.
      const at = text.indexOf(normalise(block.text), from);
      expect(at, block.text.slice(0, 60)).toBeGreaterThanOrEqual(from);
      from = at;
    }
    const titles = await page.locator('.read-part h2').allTextContents();
    expect(titles[0]).toBe('The dilemma');
    expect(titles.at(-1)).toBe('Ask yourself the hard questions');
    expect(titles).toHaveLength(15);
    const links = await page
      .locator('.read-link a')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    expect(links[1]).toEqual(['/technical-track/', 'https://de-or-director.example/technical-track/']);
  });

  test('runs no script of its own and is one request', async () => {
    const html = readFileSync(join(distDir, 'read/index.html'), 'utf8');
    expect(html).not.toContain('<section-share');
    expect(html).not.toContain('<reflection-worksheet');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
  });

  test('is not indexed by search: each passage is found on its own page', () => {
    const html = readFileSync(join(distDir, 'read/index.html'), 'utf8');
    expect(html).not.toContain('data-pagefind-body');
    const fragments = readdirSync(join(distDir, 'pagefind/fragment'));
    const urls = fragments.map(
      (file) =>
        /"url":"([^"]*)"/.exec(
          gunzipSync(readFileSync(join(distDir, 'pagefind/fragment', file))).toString(),
        )?.[1],
    );
    expect(urls).not.toContain('/read/');
    expect(urls).not.toContain('/path/');
    expect(urls).toContain('/technical-track/');
  });

  test('is linked from the home page and the guide map, and prints as a handout: title, source credit and full addresses, no navigation', async () => {
    const page = await site.visit('/');
    expect(await page.locator('main a[href="/read/"]').count(), 'the home page links it').toBeGreaterThan(0);
    expect(
      await page.locator('nav[aria-label="Guide"] a[href="/read/"]').count(),
      'the guide map links it once',
    ).toBe(1);
    expect(
      await page.locator('nav[aria-label="Guide"] a[href="/path/"]').count(),
      'the guide map links the path composer once',
    ).toBe(1);

    await page.locator('main a[href="/read/"]').first().click();
    await page.waitForURL((url) => url.pathname === '/read/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('h1').textContent(), 'the printed title').toBe(
      'The Senior Tech Professional’s Dilemma: DE or Director of Software Engineering?',
    );
    expect(await page.locator('.read-credit').innerText(), 'the printed source credit').toMatch(
      /quoted in full from “The Senior Tech Professional’s Dilemma/,
    );
    expect(await page.locator('.read-link a').first().innerText(), 'a full address is printed').toBe(
      'https://de-or-director.example/',
    );
    for (const chrome of ['header.site-header', 'nav[aria-label="Breadcrumbs"]'])
      expect(await page.locator(chrome).isVisible(), `${chrome} is not printed`).toBe(false);
  });
});
