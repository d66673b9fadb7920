import { describe, expect, test } from 'vitest';
import {
  KEPT_LIST_MARKER,
  READ_LINK_MARKER,
  escapeHtml,
  fillOfflinePage,
  keptListing,
} from '../../../src/lib/offline/offlinePage';
import { inReadingOrder, listTitleOf, readingOrderFrom, titleOf } from '../../../src/lib/offline/guidePages';

const guide = [
  { url: '/', title: 'The dilemma' },
  { url: '/third-way/', title: 'A Third Way?' },
  { url: '/read/', title: 'The whole guide' },
];
const template = `<p ${READ_LINK_MARKER}>Read it</p><ul>${KEPT_LIST_MARKER}</ul>`;

describe('keptListing', () => {
  test('lists the kept pages in the guide’s order, whatever the query or the order kept', () => {
    const listing = keptListing(['https://x.example/third-way/', 'https://x.example/?q=1'], guide, '/');
    expect(listing).toEqual({ pages: [guide[0], guide[1]], readKept: false });
  });

  test('notices when the whole guide on one page is kept', () => {
    expect(keptListing(['/read/'], guide, '/').readKept).toBe(true);
    expect(keptListing(['/guide/read/'], guide, '/guide/').readKept).toBe(true);
  });

  test('ignores what is not a guide page, or not a URL at all', () => {
    expect(keptListing(['/_astro/a.js', 'http://[bad', '/__offline-saved__'], guide, '/')).toEqual({
      pages: [],
      readKept: false,
    });
  });
});

describe('fillOfflinePage', () => {
  test('lists the kept pages as links and shows the /read/ link when it is kept', () => {
    const html = fillOfflinePage(template, { pages: [guide[2]!], readKept: true });
    expect(html).toBe(
      '<p data-offline-read>Read it</p><ul><li><a class="underline" href="/read/">The whole guide</a></li></ul>',
    );
  });

  test('says that nothing is kept yet, and keeps the /read/ link hidden', () => {
    const html = fillOfflinePage(template, { pages: [], readKept: false });
    expect(html).toContain(READ_LINK_MARKER);
    expect(html).toContain('<li>No page yet: pages you open while connected are kept here.</li>');
  });

  test('never turns a title or an address into markup', () => {
    const html = fillOfflinePage(template, {
      pages: [{ url: '/"><script>x</script>/', title: '<img src=x onerror=alert(1)>' }],
      readKept: false,
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('escapeHtml', () => {
  test('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('titleOf', () => {
  test('gives a page’s title without the site’s name, its entities decoded', () => {
    expect(titleOf('<title>Risk &amp; Reward — DE or Director?</title>', 'DE or Director?')).toBe(
      'Risk & Reward',
    );
    expect(titleOf('<title>DE or Director?</title>', 'DE or Director?')).toBe('DE or Director?');
  });

  test('is undefined for a page with no title', () => {
    expect(titleOf('<p>no title</p>', 'X')).toBeUndefined();
  });
});

describe('readingOrderFrom and inReadingOrder', () => {
  test('reads the order of /read/’s parts and sorts pages by it, the rest by address after', () => {
    const read =
      '<p class="read-link" data-x><a href="/third-way/">…</a></p><p class="read-link"><a href="/">…</a></p>';
    const order = readingOrderFrom(read);
    expect(order).toEqual(['/third-way/', '/']);
    expect(inReadingOrder(guide, order).map((page) => page.url)).toEqual(['/third-way/', '/', '/read/']);
  });

  test('keeps address order when there is no /read/', () => {
    expect(readingOrderFrom('')).toEqual([]);
    expect(inReadingOrder([guide[2]!, guide[0]!], []).map((page) => page.url)).toEqual(['/', '/read/']);
  });
});

describe('listTitleOf', () => {
  test('names /read/ for what it is (its title is the article’s, as the home page’s is)', () => {
    expect(listTitleOf('/guide/read/', 'The Dilemma', '/guide/')).toBe('The whole guide on one page');
    expect(listTitleOf('/', 'The Dilemma', '/')).toBe('The Dilemma');
  });
});
