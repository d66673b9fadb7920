import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';

const site = useBrowser();

/**
 * Records, in the tab's session storage, whether leaving this page starts a view transition:
 * `pageswap` tells the page being left, before it goes. (Listening for `pagereveal` on the next
 * page through an init script missed the event in about half the runs.) Every page carries the
 * same stylesheet, so the page arrived at opts in just as this one does.
 */
async function recordLeaving(page: Page) {
  await page.evaluate(() =>
    addEventListener('pageswap', (event) => {
      const { viewTransition } = event as Event & { viewTransition?: unknown };
      sessionStorage.setItem('left-with-transition', String(Boolean(viewTransition)));
    }),
  );
}
/** 'true' or 'false' once the reader has left a recorded page; null if it never said. */
const leftWithTransition = (page: Page) =>
  page.evaluate(() => sessionStorage.getItem('left-with-transition'));

/** Clicks Next once the browser has started prerendering it, and waits for the next page. */
async function followNext(page: Page) {
  const next = page.locator('a[rel="next"]');
  const href = (await next.getAttribute('href')) ?? '';
  // Point at Next and give the eager prerender a moment to start before the click activates it.
  await next.hover();
  await page.waitForTimeout(600);
  await next.click();
  await page.waitForURL((url) => url.pathname === href);
  await page.waitForLoadState('load');
}

describe('speculation rules', () => {
  test('every page carries valid speculation rules that this browser understands', async () => {
    const page = await site.open('/technical-track/');
    const rules = await page.evaluate(() => ({
      supported: HTMLScriptElement.supports?.('speculationrules') ?? false,
      texts: [...document.querySelectorAll('script[type="speculationrules"]')].map(
        (s) => s.textContent ?? '',
      ),
    }));
    expect(rules.supported).toBe(true);
    expect(rules.texts).toHaveLength(1);
    const parsed = JSON.parse(rules.texts[0]!) as {
      prerender: { where: { selector_matches?: string }; eagerness: string }[];
    };
    expect(parsed.prerender).toContainEqual({
      where: { selector_matches: 'a[rel~="next"]' },
      eagerness: 'eager',
    });
    await page.context().close();
  });

  test('the next page in reading order prerenders as the reader reaches for it, never during this page’s load', async () => {
    // Playwright's DevTools connection stops prerenders from completing (status
    // "PrerenderingDisabledByDevTools"), so we watch which prerenders the rules start.
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const started = new Set<string>();
    cdp.on('Preload.prerenderStatusUpdated', (event) => started.add(site.pathOf(event.key.url)));
    await cdp.send('Preload.enable');
    await page.goto(site.urlOf('/technical-track/pros/deep-impact/'));
    await page.waitForLoadState('load');
    // Nothing competes with this page's own load (what kept LCP 18% above a one-request page).
    await page.waitForTimeout(1_000);
    expect([...started]).toEqual([]);
    const next = page.locator('a[rel="next"]');
    await next.scrollIntoViewIfNeeded();
    await next.hover();
    await expect
      .poll(() => [...started], { timeout: 5_000 })
      .toEqual(['/technical-track/pros/broad-influence/']);

    // Showing intent (hovering) on another guide link starts its prerender too.
    await page.locator('nav[aria-label="Previous and next page"] a[rel="prev"]').hover();
    await expect.poll(() => started.has('/technical-track/'), { timeout: 5_000 }).toBe(true);
    await context.close();
  });

  test('search is never prerendered: its code and index load only when the reader searches', async () => {
    const page = await site.open('/compare/');
    const rules = await page.locator('script[type="speculationrules"]').textContent();
    expect(rules).toMatch(/"not":\{"href_matches":"[^"]*search\/\*"\}/);
    await page.context().close();
  });
});

describe('view transitions', () => {
  test('moving to another page cross-fades with a view transition', async () => {
    const page = await site.open('/third-way/', { reducedMotion: 'no-preference' });
    await recordLeaving(page);
    await followNext(page);
    await expect(leftWithTransition(page)).resolves.toBe('true');
    await page.context().close();
  });

  test('with reduced motion the next page simply appears', async () => {
    const page = await site.open('/third-way/', { reducedMotion: 'reduce' });
    await recordLeaving(page);
    await followNext(page);
    await expect(leftWithTransition(page)).resolves.toBe('false');
    await page.context().close();
  });

  test('without JavaScript, Next is an ordinary link that still navigates', async () => {
    const page = await site.open('/third-way/', { javaScriptEnabled: false });
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/\/reflection\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Ask yourself the hard questions');
    await page.context().close();
  });
});
