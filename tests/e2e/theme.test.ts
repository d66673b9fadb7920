import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';

const site = useBrowser();
const themeOf = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.dataset.theme);
const background = (page: import('playwright-core').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('theme', () => {
  test('follows the system preference on a first visit', async () => {
    const dark = await site.open('/', { colorScheme: 'dark' });
    await expect(themeOf(dark)).resolves.toBe('dark');
    await dark.context().close();
    const light = await site.open('/', { colorScheme: 'light' });
    await expect(themeOf(light)).resolves.toBe('light');
    await light.context().close();
  });

  test('the toggle switches theme, and the choice persists across pages and reloads', async () => {
    const page = await site.open('/', { colorScheme: 'light' });
    const toggle = page.locator('theme-toggle button');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    const lightBackground = await background(page);
    await toggle.click();
    await expect(themeOf(page)).resolves.toBe('dark');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await background(page)).not.toBe(lightBackground);

    await page.goto(site.urlOf('/third-way/'));
    await expect(themeOf(page)).resolves.toBe('dark');
    await page.reload();
    await expect(themeOf(page)).resolves.toBe('dark');
    await page.context().close();
  });

  test('the stored theme is applied before first paint (no flash)', async () => {
    const page = await site.open('/', { colorScheme: 'light' });
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // Record the theme at the first moment the body exists, before any paint or module script.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { firstTheme?: string }).firstTheme =
            document.documentElement.dataset.theme ?? 'unset';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await expect(
      page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme),
    ).resolves.toBe('dark');
    await page.context().close();
  });

  test('a corrupt stored theme falls back to the system preference', async () => {
    const page = await site.open('/', { colorScheme: 'dark' });
    await page.evaluate(() => localStorage.setItem('theme', '<script>alert(1)</script>'));
    await page.reload();
    await expect(themeOf(page)).resolves.toBe('dark');
    await page.context().close();
  });
  test('the toggle shows only with JavaScript, and is in place before its code runs (the header never shifts)', async () => {
    const noScript = await site.open('/', { javaScriptEnabled: false });
    await expect(noScript.locator('theme-toggle').isVisible()).resolves.toBe(false);
    await noScript.context().close();

    const page = await site.newContext().then((context) => context.newPage());
    // At the first moment the toggle exists, before any module script has defined it.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const toggle = document.querySelector('theme-toggle');
        if (!toggle) return;
        observer.disconnect();
        (window as unknown as { early?: string }).early =
          `${getComputedStyle(toggle).display} ${customElements.get('theme-toggle') ? 'defined' : 'undefined'}`;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.urlOf('/'));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { early?: string }).early))
      .toMatch(/^(?!none )\S+ undefined$/);
    await expect(page.locator('theme-toggle button').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
