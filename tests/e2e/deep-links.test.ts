import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser-fixture';
import { settled } from '../support/settled';
import { copied } from '../support/clipboard';
import { distDir } from '../../tools/lib/paths';

const site = useBrowser();
const ITEM = '/technical-track/cons/political-vulnerability/';
/** The sticky header's height (h-14). */
const HEADER = 56;

/** What belongs to a section: `part` of its heading's .section-head, or of the list item itself. */
const partOf = (id: string, part: string) => `:is(.section-head:has(> #${id}), li#${id}) > ${part}`;
const announced = (page: Page) =>
  page.locator('section-share [role="status"]').textContent({ timeout: 2000 });

/** Where the focused element is: its id (or an alias's section), and its box in the viewport. */
function focusOf(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const box = el.getBoundingClientRect();
    return { id: el.id, top: box.top, bottom: box.bottom, viewport: innerHeight };
  });
}

/** Waits until a landing has moved focus off the body. */
async function landed(page: Page) {
  await page.waitForFunction(
    () =>
      document.activeElement &&
      document.activeElement !== document.body &&
      document.activeElement.id !== 'main',
  );
  return focusOf(page);
}

describe('copying a link', () => {
  test('the copy buttons are labelled and hidden until their section is hovered; Copy link and Copy Markdown citation copy a page title’s or a section’s exact link or citation, and say so politely; a text selection offers a link that highlights it', async () => {
    const page = await site.visit(ITEM, { allowCopy: true });
    await page.hover('h1'); // the buttons arrive with the reader's first move
    const tools = page.locator(partOf('on-the-other-track', '.section-tools'));
    expect(
      await tools.evaluate((el) => getComputedStyle(el).opacity),
      'another section’s tools are hidden',
    ).toBe('0');
    expect(await tools.locator('button').allTextContents(), 'the buttons’ labels').toEqual([
      'Copy link',
      'Copy Markdown citation',
      'Add to path',
    ]);
    expect(
      await page.getAttribute(partOf('on-the-other-track', '.section-anchor'), 'aria-label'),
      'the section link’s label',
    ).toBe('Link to “On the other track”');
    await page.hover('#on-the-other-track');
    expect(await tools.evaluate((el) => getComputedStyle(el).opacity), 'hovering shows them').toBe('1');

    // Copy link on the page title: its exact short link, said politely.
    await page.hover('h1');
    await page.click(partOf('political-vulnerability', '.section-tools button[data-share="link"]'));
    await expect
      .poll(() => copied(page), { message: 'the title’s short link is copied' })
      .toBe(site.urlOf('/s/political-vulnerability/'));
    await expect.poll(() => announced(page), { message: 'the copy is announced' }).toBe('Link copied');
    expect(
      await page.getAttribute('section-share [role="status"]', 'role'),
      'announced politely (a status)',
    ).toBe('status');

    // A page title's citation links the page itself.
    await page.click(partOf('political-vulnerability', '.section-tools button[data-share="cite"]'));
    await expect
      .poll(() => copied(page), { message: 'the title’s citation' })
      .toBe(`[Political Vulnerability — DE or Director?](${site.urlOf(ITEM)})`);

    // A section's citation names the section and the page. The first move over the heading
    // brings the tools; then the keyboard, as a reader may: a click that has to scroll first
    // can leave the hover behind (the pointer is then off the heading).
    await page.hover('#on-the-other-track');
    await page.locator(partOf('on-the-other-track', '.section-tools button[data-share="cite"]')).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => copied(page), { message: 'the section’s citation' })
      .toBe(
        `[On the other track — Political Vulnerability — DE or Director?](${site.urlOf(ITEM)}#on-the-other-track)`,
      );

    // A text selection inside a section offers a link that highlights it.
    await page.evaluate(() => {
      const paragraph = document.querySelector('.prose p:not(.quote-caption)')!;
      const text = paragraph.lastChild!; // after the bold lead-in
      const start = text.textContent!.indexOf('which is a soft power');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'which is a soft power'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      document.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
    });
    await page.click('.highlight-offer');
    await expect
      .poll(() => copied(page), { message: 'the highlight link' })
      .toBe(`${site.urlOf(ITEM)}#political-vulnerability:~:text=which%20is%20a%20soft%20power`);
  });

  test('without a clipboard, the link is shown selected in a field to copy by hand', async () => {
    const page = await site.visit(ITEM);
    // The copy code asks for the clipboard when the reader copies (share-actions.ts), so taking
    // it away before then is a browser without one.
    await page.evaluate(() =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }),
    );
    await page.hover('#on-the-other-track');
    await page.locator(partOf('on-the-other-track', '.section-tools button[data-share="link"]')).focus();
    await page.keyboard.press('Enter');
    const field = page.locator('.share-fallback input');
    await expect
      .poll(() => field.inputValue())
      .toBe(site.urlOf('/s/political-vulnerability-on-the-other-track/'));
    const selected = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0);
    });
    expect(selected).toBe(site.urlOf('/s/political-vulnerability-on-the-other-track/'));
    await page.keyboard.press('Escape');
    expect(await page.locator('.share-fallback').count()).toBe(0);
  });

  test('works from the keyboard alone: Tab to a section’s link, on to Copy link, press Enter', async () => {
    const page = await site.visit(ITEM, { allowCopy: true });
    let href: string | null = null;
    for (let i = 0; i < 80 && href !== '#on-the-other-track'; i++) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
    }
    expect(href).toBe('#on-the-other-track');
    await page.keyboard.press('Tab');
    const button = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, opacity: getComputedStyle(el.parentElement!).opacity };
    });
    expect(button).toEqual({ text: 'Copy link', opacity: '1' });
    await page.keyboard.press('Enter');
    await expect.poll(() => copied(page)).toBe(site.urlOf('/s/political-vulnerability-on-the-other-track/'));
  });

  test('adding the buttons moves nothing on the page (no layout shift)', async () => {
    const viewport = { width: 1280, height: 900 };
    const positions = (page: Page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('main [id]')].map((el) => Math.round(el.getBoundingClientRect().top)),
      );
    const page = await site.visit('/technical-track/', { viewport });
    // The reader's first move, over the article's text in the middle of the window: the tools
    // ignore a move over search (hovering the header's middle timed out twice in 12 full runs).
    await page.mouse.move(viewport.width / 2, viewport.height * 0.66);
    await page.waitForSelector('.section-tools', { state: 'attached' });
    // Without JavaScript (a browser of its own), no buttons are ever added.
    const noScript = await site.open('/technical-track/', { javaScriptEnabled: false, viewport });
    expect(await positions(page), 'with the buttons as without them').toEqual(await positions(noScript));
  });
});

describe('landing on a link', () => {
  test('a fragment link lands with the section focused, in view and below the sticky header', async () => {
    const page = await site.visit(`${ITEM}#on-the-other-track`, { viewport: { width: 390, height: 700 } });
    const focus = await landed(page);
    expect(focus.id).toBe('on-the-other-track');
    expect(focus.top).toBeGreaterThanOrEqual(HEADER);
    expect(focus.bottom).toBeLessThanOrEqual(focus.viewport);
    expect(await page.evaluate(() => document.activeElement!.classList.contains('landed'))).toBe(true);
  });

  test('without JavaScript, a short link forwards to the section it names, and an old, renamed id lands on its section, both below the sticky header', async () => {
    // JavaScript off needs a browser of its own.
    const page = await site.open('/s/political-vulnerability-on-the-other-track/', {
      javaScriptEnabled: false,
      viewport: { width: 390, height: 700 },
    });
    await page.waitForURL(`**${ITEM}#on-the-other-track`);
    const top = await page.evaluate(
      () => document.getElementById('on-the-other-track')!.getBoundingClientRect().top,
    );
    expect(top, 'the short link’s section is below the header').toBeGreaterThanOrEqual(HEADER);

    await page.goto(site.urlOf('/reflection/#let-go'));
    const renamedTop = await page.evaluate(
      () => document.getElementById('are-you-willing-to-let-go')!.getBoundingClientRect().top,
    );
    expect(renamedTop, 'the renamed id’s section is below the header').toBeGreaterThanOrEqual(HEADER);
    expect(renamedTop, 'the renamed id’s section is in view').toBeLessThan(700);
  });

  test('a short link lands focused and below the header with JavaScript on', async () => {
    const page = await site.visit('/s/are-you-willing-to-let-go/', { viewport: { width: 390, height: 700 } });
    await page.waitForURL('**/reflection/#are-you-willing-to-let-go');
    const focus = await landed(page);
    expect(focus.id).toBe('are-you-willing-to-let-go');
    expect(focus.top).toBeGreaterThanOrEqual(HEADER);
    expect(focus.top).toBeLessThan(focus.viewport);
    // The worksheet in view then loads its code and shows the summary below: the question stays put.
    await page.waitForFunction(() => customElements.get('reflection-worksheet'));
    await expect.poll(() => page.locator('.rf-summary').isVisible()).toBe(true);
    expect((await focusOf(page)).top).toBe(focus.top);
  });

  test('an old, renamed id still lands on its section', async () => {
    const page = await site.visit('/reflection/#let-go', { viewport: { width: 390, height: 700 } });
    const focus = await landed(page);
    expect(focus.id).toBe('are-you-willing-to-let-go');
    expect(focus.top).toBeGreaterThanOrEqual(HEADER);
    expect(focus.top).toBeLessThan(focus.viewport);
  });

  test('following an in-page link moves focus too', async () => {
    const page = await site.visit('/technical-track/', { viewport: { width: 1440, height: 900 } });
    await page.click('nav.toc >> visible=true >> a[href="#cons"]');
    const focus = await landed(page);
    expect(focus.id).toBe('cons');
    expect(focus.top).toBeGreaterThanOrEqual(HEADER);
  });

  test('the contents list marks the section being read', async () => {
    const page = await site.visit('/technical-track/#cons', { viewport: { width: 1440, height: 500 } });
    await landed(page);
    await page.mouse.wheel(0, 1);
    await expect
      .poll(() =>
        page.locator('nav.toc[aria-label="On this page"] a[aria-current="location"]').getAttribute('href'),
      )
      .toBe('#cons');
  });

  test('the mark respects reduced motion: a still colour instead of a fade', async () => {
    const page = await site.visit(`${ITEM}#on-the-other-track`, { reducedMotion: 'reduce' });
    await landed(page);
    const style = await page.evaluate(() => getComputedStyle(document.activeElement!).animationName);
    expect(style).toBe('none');
  });

  test('hostile or malformed fragments land nowhere and break nothing', async () => {
    const errors: string[] = [];
    const recordError = (error: Error) => errors.push(error.message);
    let page: Page | undefined;
    for (const fragment of ['%E0%A4%A', '%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E', 'main', '__proto__']) {
      // Away first: on the same page, a new fragment would only scroll, not load the page with it.
      await page?.goto('about:blank');
      page = await site.visit(`${ITEM}#${fragment}`);
      page.off('pageerror', recordError).on('pageerror', recordError); // one listener on the kept page
      await settled(page);
      expect(errors, fragment).toEqual([]);
      expect(await page.locator('img[src="x"]').count(), fragment).toBe(0);
      await page.hover('h1');
      await page.waitForSelector('.section-tools', { state: 'attached' });
    }
  });
});

describe('short link pages', () => {
  const shortDir = join(distDir, 's');
  const shorts = () => readdirSync(shortDir);
  const meta = (html: string, property: string) =>
    new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];

  test('each has its own og:title and its own og:image, a real 1200×630 PNG with alt text', () => {
    const titles = new Set<string>();
    const images = new Set<string>();
    for (const short of shorts()) {
      const html = readFileSync(join(shortDir, short, 'index.html'), 'utf8');
      const title = meta(html, 'og:title');
      const image = meta(html, 'og:image');
      expect(title, short).toBeTruthy();
      expect(meta(html, 'og:image:alt'), short).toBeTruthy();
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['1200', '630']);
      titles.add(title!);
      images.add(image!);
      const png = readFileSync(join(distDir, new URL(image!).pathname.replace(/^\/([^/]*\/)?og\//, 'og/')));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
    expect(titles.size).toBe(shorts().length);
    expect(images.size).toBe(shorts().length);
  });

  test('each shows a visible link to where it forwards', () => {
    for (const short of shorts()) {
      const html = readFileSync(join(shortDir, short, 'index.html'), 'utf8');
      const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];
      expect(refresh, short).toMatch(/#./);
      expect(html, short).toMatch(
        new RegExp(`<a [^>]*href="${refresh!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>[^<]+</a>`),
      );
    }
  });
});

describe('budget', () => {
  test('a content page runs at most 2 KB (gzip) of JavaScript at load, copy link included, besides the worksheet island', () => {
    const html = readFileSync(join(distDir, ITEM, 'index.html'), 'utf8');
    // The worksheet's inline loader is counted with the island, under its own budget
    // (reflection.test.ts): a pro/con page shows a weighing control, so it carries one.
    // Speculation rules and JSON are data the browser reads, not JavaScript it runs.
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/type="(speculationrules|application\/(ld\+)?json)"/.test(m[1]!))
      .map((m) => m[2]!)
      .filter((code) => !code.includes("querySelectorAll('reflection-worksheet')"));
    const external = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) =>
      readFileSync(join(distDir, m[1]!.replace(/^\/([^/]*\/)?_astro\//, '_astro/')), 'utf8'),
    );
    const bytes = [...inline, ...external].reduce(
      (sum, code) => sum + gzipSync(code, { level: 9 }).length,
      0,
    );
    console.log(`JavaScript at load on ${ITEM}: ${bytes} B gzip`);
    expect(bytes).toBeLessThanOrEqual(2048);
  });
});
