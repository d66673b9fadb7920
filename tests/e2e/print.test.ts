import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';

const site = useBrowser();

describe('printing a page', () => {
  test('drops the navigation chrome, prints black on white even in dark mode, and shows link addresses', async () => {
    const page = await site.open('/technical-track/cons/political-vulnerability/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const chrome of [
      'header.site-header',
      'nav[aria-label="Breadcrumbs"]',
      'nav[aria-label="Previous and next page"]',
      'nav[aria-label="Guide"]',
    ]) {
      await expect(page.locator(chrome).isVisible(), chrome).resolves.toBe(false);
    }
    const colours = await page.evaluate(() => ({
      background: getComputedStyle(document.documentElement).backgroundColor,
      text: getComputedStyle(document.querySelector('.prose p:not(.quote-caption)')!).color,
    }));
    expect(colours).toEqual({ background: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
    const address = await page.evaluate(
      () => getComputedStyle(document.querySelector('main section a[href^="/"]')!, '::after').content,
    );
    expect(address).toContain('/management-track/pros/direct-control-and-ownership/');
    await page.context().close();
  });
});
