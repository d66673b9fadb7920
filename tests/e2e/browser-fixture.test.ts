import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';

// The kept page (site.visit) is shared by the tests of a file: what one test leaves on it must
// be gone when the next visits, or tests would pass or fail by the order they run in.

const site = useBrowser();
const subpathUrl = inject('subpathSiteUrl');
const PAGE = '/technical-track/';
/** What the first test's console listener hears in the second test: should stay empty. */
const heardAfter: string[] = [];

describe('the kept page (site.visit)', () => {
  test('a test leaves storage on both sites, a cookie, a route, a listener, a permission, a second tab, offline, dark and a phone size', async () => {
    const page = await site.visit(PAGE, { colorScheme: 'dark', viewport: { width: 390, height: 700 } });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await page.evaluate(() => {
      localStorage.setItem('left-behind', 'root');
      document.cookie = 'left-behind=1; path=/';
    });
    await page.goto(subpathUrl);
    // The tab's sessionStorage is cleared where the test leaves the page.
    await page.evaluate(() => {
      localStorage.setItem('left-behind', 'subpath');
      sessionStorage.setItem('left-behind', 'subpath');
    });
    await page.route('**/favicon.svg', (route) =>
      route.fulfill({ body: 'left behind', contentType: 'text/plain' }),
    );
    page.on('console', (message) => heardAfter.push(message.text()));
    await page.context().grantPermissions(['clipboard-read'], { origin: new URL(site.siteUrl).origin });
    await page.context().newPage();
    await page.context().setOffline(true);
  });

  test('the next test finds none of it', async () => {
    const page = await site.visit(PAGE);
    const state = await page.evaluate(async () => ({
      stored: localStorage.getItem('left-behind'),
      cookie: document.cookie,
      online: navigator.onLine,
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      size: [innerWidth, innerHeight],
      clipboard: (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
    }));
    expect(state).toEqual({
      stored: null,
      cookie: '',
      online: true,
      dark: false,
      size: [1280, 720],
      clipboard: 'prompt',
    });
    const icon = await page.evaluate(
      async (url) => (await fetch(url)).headers.get('content-type'),
      site.urlOf('/favicon.svg'),
    );
    expect(icon, 'the route left behind is gone').toBe('image/svg+xml');
    heardAfter.length = 0;
    await page.evaluate(() => console.log('said in the next test'));
    expect(heardAfter, 'the listener left behind is gone').toEqual([]);
    expect(page.context().pages(), 'the second tab is closed').toEqual([page]);
    await page.goto(subpathUrl);
    expect(
      await page.evaluate(() => [localStorage.getItem('left-behind'), sessionStorage.getItem('left-behind')]),
      'the sub-path site',
    ).toEqual([null, null]);
  });

  test('a visit loads the page, even when only the fragment differs from the page shown', async () => {
    const page = await site.visit(`${PAGE}#pros`);
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await site.visit(`${PAGE}#cons`);
    expect(await page.evaluate(() => 'marker' in window)).toBe(false);
  });
});
