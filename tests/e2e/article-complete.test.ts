import { describe, expect, test, beforeAll } from 'vitest';
import { articleBlocks, normalise } from '../support/article';
import { useBrowser } from '../support/browser-fixture';
import { readingOrderPaths } from '../support/url-map';

const site = useBrowser();
const blocks = articleBlocks();
/** The questions may also be embedded on the pro/con pages they bear on. */
const isQuestion = (text: string) => /^(What truly energizes you|Where do you want to be|Are you willing to let go)/.test(text);

describe('the article, whole', () => {
  const pageText = new Map<string, string>();

  beforeAll(async () => {
    for (const path of [...readingOrderPaths, '/compare/', '/search/']) {
      const page = await site.open(path);
      pageText.set(path, normalise(await page.locator('main').innerText()));
      await page.context().close();
    }
  });

  test('the source has the blocks we expect (title, 7 headings, 8 paragraphs, 13 bullets)', () => {
    const count = (kind: string) => blocks.filter((b) => b.kind === kind).length;
    expect([count('title'), count('heading'), count('paragraph'), count('bullet')]).toEqual([1, 7, 8, 13]);
  });

  test.each(blocks.filter((b) => b.kind === 'paragraph' || (b.kind === 'bullet' && !isQuestion(b.text))))(
    'appears word for word on exactly one page: $text',
    ({ text }) => {
      const pages = [...pageText].filter(([, body]) => body.includes(normalise(text))).map(([path]) => path);
      expect(pages).toHaveLength(1);
    },
  );

  test.each(blocks.filter((b) => b.kind === 'bullet' && isQuestion(b.text)))('the question is on the reflection page: $text', ({ text }) => {
    expect(pageText.get('/reflection/')).toContain(normalise(text));
  });

  test.each(blocks.filter((b) => b.kind === 'title' || b.kind === 'heading'))('the heading “$text” is on the guide', ({ text }) => {
    expect([...pageText.values()].some((body) => body.includes(text))).toBe(true);
  });
});
