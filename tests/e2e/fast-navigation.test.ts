import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { builtPages } from '../../tools/lib/built-site';
import { distDir } from '../../tools/lib/paths';

const site = useBrowser();

/**
 * Records, in the tab's session storage, whether leaving this page starts a view transition:
 * `pageswap` tells the page being left, before it goes. (Listening for `pagereveal` on the next
 * page through an init script missed the event in about half the runs.) Every page carries the
 * same stylesheet, so the page arrived at opts in just as this one does.
 */
async function recordLeaving(page: Page) {
  await page.evaluate(() => {
    // The tab's session storage outlives the page: forget what an earlier page said.
    sessionStorage.removeItem('left-with-transition');
    addEventListener('pageswap', (event) => {
      const { viewTransition } = event as Event & { viewTransition?: unknown };
      sessionStorage.setItem('left-with-transition', String(Boolean(viewTransition)));
    });
  });
}
/** 'true' or 'false' once the reader has left a recorded page; null if it never said. */
const leftWithTransition = (page: Page) =>
  page.evaluate(() => sessionStorage.getItem('left-with-transition'));

/** Clicks Next once the browser has started prerendering it, and waits for the next page. */
async function followNext(page: Page) {
  const next = page.locator('a[rel="next"]');
  const href = (await next.getAttribute('href')) ?? '';
  // Point at Next, and click once the browser has acted on the rules for it (a prerender attempt
  // reported over DevTools), as a reader's click comes after their pointer has rested there.
  const cdp = await page.context().newCDPSession(page);
  const attempted = new Promise<void>((resolve) =>
    cdp.on('Preload.prerenderStatusUpdated', (event) => {
      if (new URL(event.key.url).pathname === href) resolve();
    }),
  );
  await cdp.send('Preload.enable');
  await next.hover();
  await attempted;
  await next.click();
  await page.waitForURL((url) => url.pathname === href);
  await page.waitForLoadState('load');
  await cdp.detach(); // the page is kept for the next test
}

describe('speculation rules', () => {
  test('every page carries valid speculation rules that this browser understands, and search is never prerendered: its code and index load only when the reader searches', async () => {
    const problems: string[] = [];
    for (const { path, html } of builtPages(distDir)) {
      const texts = [...html.matchAll(/<script[^>]*type="speculationrules"[^>]*>([^]*?)<\/script>/g)].map(
        (match) => match[1]!,
      );
      if (texts.length !== 1) {
        problems.push(`${path}: ${texts.length} speculation rules scripts`);
        continue;
      }
      try {
        const parsed = JSON.parse(texts[0]!) as { prerender?: { where: object; eagerness: string }[] };
        if (
          !parsed.prerender?.some(
            (rule) =>
              JSON.stringify(rule) ===
              JSON.stringify({ where: { selector_matches: 'a[rel~="next"]' }, eagerness: 'eager' }),
          )
        )
          problems.push(`${path}: no eager prerender of the next page`);
      } catch (error) {
        problems.push(`${path}: ${String(error)}`);
      }
    }
    expect(problems, 'every built page has the one eager prerender rule for Next').toEqual([]);
    // The same rules, read by the browser: it supports them and finds the one script.
    const page = await site.visit('/technical-track/');
    expect(
      await page.evaluate(() => ({
        supported: HTMLScriptElement.supports?.('speculationrules') ?? false,
        scripts: document.querySelectorAll('script[type="speculationrules"]').length,
      })),
      'the browser supports speculation rules and finds one script',
    ).toEqual({ supported: true, scripts: 1 });

    await page.goto(site.urlOf('/compare/'));
    const rules = await page.locator('script[type="speculationrules"]').textContent();
    expect(rules, 'the rules leave search out').toMatch(/"not":\{"href_matches":"[^"]*search\/\*"\}/);
  });

  test('the next page in reading order prerenders as the reader reaches for it, never during this page’s load', async () => {
    // Playwright's DevTools connection stops prerenders from completing (status
    // "PrerenderingDisabledByDevTools"), so we watch which prerenders the rules start.
    const page = await site.visit('/technical-track/pros/deep-impact/');
    const cdp = await page.context().newCDPSession(page);
    const started = new Set<string>();
    cdp.on('Preload.prerenderStatusUpdated', (event) => started.add(site.pathOf(event.key.url)));
    await cdp.send('Preload.enable');
    const ruleSets = new Promise<void>((resolve) => cdp.on('Preload.ruleSetUpdated', () => resolve()));
    // Loaded again with the watcher on from the start (the kept page is already there).
    await page.reload();
    await page.waitForLoadState('load');
    // Nothing competes with this page's own load (what kept LCP 18% above a one-request page):
    // the browser has read the rules, the page has loaded and gone idle, and nothing has started.
    await ruleSets;
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    expect([...started], 'nothing prerenders during the page’s load').toEqual([]);
    const next = page.locator('a[rel="next"]');
    await next.scrollIntoViewIfNeeded();
    await next.hover();
    await expect
      .poll(() => [...started], { timeout: 5_000, message: 'reaching for Next prerenders the next page' })
      .toEqual(['/technical-track/pros/broad-influence/']);

    // Showing intent (hovering) on another guide link starts its prerender too.
    await page.locator('nav[aria-label="Previous and next page"] a[rel="prev"]').hover();
    await expect
      .poll(() => started.has('/technical-track/'), {
        timeout: 5_000,
        message: 'hovering Previous prerenders it',
      })
      .toBe(true);
    await cdp.detach();
  });
});

describe('view transitions', () => {
  test('moving to another page cross-fades with a view transition; with reduced motion the next page simply appears', async () => {
    const page = await site.visit('/third-way/', { reducedMotion: 'no-preference' });
    await recordLeaving(page);
    await followNext(page);
    expect(await leftWithTransition(page), 'Next cross-fades').toBe('true');

    await site.visit('/third-way/', { reducedMotion: 'reduce' });
    await recordLeaving(page);
    await followNext(page);
    expect(await leftWithTransition(page), 'with reduced motion, no transition').toBe('false');
  });

  test('without JavaScript, Next is an ordinary link that still navigates', async () => {
    // JavaScript off needs a browser of its own.
    const page = await site.open('/third-way/', { javaScriptEnabled: false });
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/\/reflection\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('Ask yourself the hard questions');
  });
});
