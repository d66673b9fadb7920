import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';

const site = useBrowser();
const themeOf = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.dataset.theme);
const background = (page: import('playwright-core').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('theme', () => {
  test('follows the system preference on a first visit, and when the stored theme is corrupt', async () => {
    const page = await site.visit('/', { colorScheme: 'light' });
    expect(await themeOf(page), 'a light system, nothing stored: light').toBe('light');
    await site.visit('/', { colorScheme: 'dark' });
    expect(await themeOf(page), 'a dark system, nothing stored: dark').toBe('dark');

    await page.evaluate(() => localStorage.setItem('theme', '<script>alert(1)</script>'));
    await page.reload();
    expect(await themeOf(page), 'a corrupt stored theme falls back to the dark system').toBe('dark');
  });

  test('the toggle switches theme, and the choice persists across pages and reloads', async () => {
    const page = await site.visit('/', { colorScheme: 'light' });
    const toggle = page.locator('theme-toggle button');
    expect(await toggle.getAttribute('aria-pressed'), 'the toggle starts unpressed').toBe('false');
    const lightBackground = await background(page);
    await toggle.click();
    expect(await themeOf(page), 'a click switches to dark').toBe('dark');
    expect(await toggle.getAttribute('aria-pressed'), 'the toggle says it is pressed').toBe('true');
    expect(await background(page), 'the background changes').not.toBe(lightBackground);

    await page.goto(site.urlOf('/third-way/'));
    expect(await themeOf(page), 'dark on the next page').toBe('dark');
    await page.reload();
    expect(await themeOf(page), 'dark after a reload').toBe('dark');
  });

  test('the toggle shows only with JavaScript', async () => {
    // JavaScript off needs a browser of its own.
    const noScript = await site.open('/', { javaScriptEnabled: false });
    expect(await noScript.locator('theme-toggle').isVisible(), 'no toggle without JavaScript').toBe(false);
  });

  test('before any code runs, the toggle is in place (the header never shifts) and a stored theme is applied (no flash)', async () => {
    // Init scripts watch the page from its first byte; a kept page could never drop them.
    const page = await site.newContext({ colorScheme: 'light' }).then((context) => context.newPage());
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
    // The theme at the first moment the body exists, before any paint or module script.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { firstTheme?: string }).firstTheme =
            document.documentElement.dataset.theme ?? 'unset';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.urlOf('/'));
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { early?: string }).early), {
        message: 'the toggle takes its place before its code defines it',
      })
      .toMatch(/^(?!none )\S+ undefined$/);
    expect(await page.locator('theme-toggle button').isVisible(), 'the toggle shows').toBe(true);

    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await page.reload();
    expect(
      await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme),
      'the stored dark theme is set before the body exists (the system is light)',
    ).toBe('dark');
  });
});
