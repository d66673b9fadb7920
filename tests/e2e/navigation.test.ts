import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { readingOrderPaths, urlMap } from '../support/url-map';

const site = useBrowser();

describe('the URL map', () => {
  test.each(urlMap)('$path answers 200 with its title', async ({ path, title }) => {
    const response = await fetch(site.urlOf(path));
    expect(response.status).toBe(200);
    const page = await site.visit(path);
    await expect(page.locator('h1').innerText()).resolves.toBe(title);
    expect(await page.title()).toContain(title);
  });

  test('an unknown URL shows the 404 page with the guide map and a way home', async () => {
    const response = await fetch(site.urlOf('/no-such-page/'));
    expect(response.status).toBe(404);
    const page = await site.visit('/no-such-page/');
    await expect(page.locator('h1').innerText()).resolves.toBe('This page is not in the guide');
    expect(await page.locator('main nav a').count()).toBeGreaterThanOrEqual(readingOrderPaths.length);
    await expect(
      page.locator('main a', { hasText: 'the beginning of the guide' }).getAttribute('href'),
    ).resolves.toBe(new URL(site.siteUrl).pathname);
  });
});

describe('prev/next', () => {
  // 32 page loads in a row: room for a loaded machine.
  test('Next walks the whole reading order, and Previous walks it back', { timeout: 120_000 }, async () => {
    // Without the cross-fade between pages (reduced motion): the walk checks where the links lead.
    const page = await site.visit('/', { reducedMotion: 'reduce' });
    /** Clicks the link and waits for the page it names, whether it loads now or was prerendered. */
    const follow = async (rel: 'next' | 'prev') => {
      const link = page.locator(`a[rel="${rel}"]`);
      const target = new URL((await link.getAttribute('href'))!, page.url()).href;
      await link.click();
      await page.waitForURL(target, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState === 'complete');
    };
    const forward = [site.pathOf(page.url())];
    while (await page.locator('a[rel="next"]').count()) {
      await follow('next');
      forward.push(site.pathOf(page.url()));
    }
    expect(forward).toEqual(readingOrderPaths);

    const backward = [site.pathOf(page.url())];
    while (await page.locator('a[rel="prev"]').count()) {
      await follow('prev');
      backward.push(site.pathOf(page.url()));
    }
    expect(backward).toEqual([...readingOrderPaths].reverse());
  });

  test('the links name the neighbouring pages', async () => {
    const page = await site.visit('/technical-track/cons/political-vulnerability/');
    await expect(page.locator('a[rel="prev"]').innerText()).resolves.toContain('Intellectual satisfaction');
    await expect(page.locator('a[rel="next"]').innerText()).resolves.toContain('Unclear promotion path');
  });
});

describe('where am I', () => {
  test('breadcrumbs trace Guide › Technical track › Cons › Political vulnerability', async () => {
    const page = await site.visit('/technical-track/cons/political-vulnerability/');
    const crumbs = await page.locator('nav[aria-label="Breadcrumbs"] li').allInnerTexts();
    expect(crumbs.map((c) => c.replace('›', '').trim())).toEqual([
      'Guide',
      'Technical track',
      'Cons',
      'Political vulnerability',
    ]);
    await expect(
      page.locator('nav[aria-label="Breadcrumbs"] [aria-current="page"]').innerText(),
    ).resolves.toBe('Political vulnerability');
  });

  test('the guide map marks the current page, and only it', async () => {
    const page = await site.visit('/management-track/pros/scalable-impact/', {
      viewport: { width: 1280, height: 900 },
    });
    const current = page.locator('nav[aria-label="Guide"] [aria-current="page"]');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.innerText()).resolves.toContain('Scalable impact');
    await expect(current.isVisible()).resolves.toBe(true);
  });
});

describe('on a phone', () => {
  test('the guide menu opens and navigates with JavaScript disabled', async () => {
    const page = await site.open('/', {
      viewport: { width: 390, height: 844 },
      javaScriptEnabled: false,
      isMobile: true,
      hasTouch: true,
    });
    const menu = page.locator('nav[aria-label="Guide (menu)"]');
    await expect(menu.isVisible()).resolves.toBe(false);
    await page.locator('summary', { hasText: 'Guide' }).click();
    await expect(menu.isVisible()).resolves.toBe(true);
    await menu.locator('a', { hasText: 'Less technical' }).click();
    await page.waitForURL(/\/management-track\/cons\/less-technical\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Less Technical');
    await page.context().close();
  });
});
