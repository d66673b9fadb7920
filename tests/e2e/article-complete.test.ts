import { describe, expect, test } from 'vitest';
import { articleBlocks, normalise } from '../support/article';
import { readableText } from '../support/readable-text';
import { builtPages, landingPaths, parseHtml } from '../../tools/lib/built-site';
import { distDir } from '../../tools/lib/paths';

// Read from the built HTML, not a browser: the article's words are in the pages as served,
// and every page a reader can land on (the sitemap and the 404) is searched, not a list.
const blocks = articleBlocks();
/** The questions may also be embedded on the pro/con pages they bear on. */
/** `/read/` is the whole guide on one page, a copy by design (tests/e2e/whole-guide.test.ts checks it holds every block). */
const WHOLE_GUIDE = '/read/';
const isQuestion = (text: string) =>
  /^(What truly energizes you|Where do you want to be|Are you willing to let go)/.test(text);
const root = new URL(process.env.SITE_BASE ?? '/', process.env.SITE_URL ?? 'https://de-or-director.example')
  .href;
const landing = new Set(landingPaths(distDir, root));
const pages = builtPages(distDir).filter((page) => landing.has(page.path));

const pageText = new Map<string, string>();
for (const page of pages) {
  const main = (await parseHtml(page.html)).querySelector('main');
  pageText.set(page.path, main ? readableText(main) : '');
}

describe('the article, whole', () => {
  test('every page a reader can land on was read, and each has a <main> with text', () => {
    expect([...pageText.keys()].sort()).toEqual([...landing].sort());
    expect([...pageText].filter(([, text]) => !text).map(([path]) => path)).toEqual([]);
  });

  test('the source has the blocks we expect (title, 7 headings, 8 paragraphs, 13 bullets)', () => {
    const count = (kind: string) => blocks.filter((b) => b.kind === kind).length;
    expect([count('title'), count('heading'), count('paragraph'), count('bullet')]).toEqual([1, 7, 8, 13]);
  });

  test.each(blocks.filter((b) => b.kind === 'paragraph' || (b.kind === 'bullet' && !isQuestion(b.text))))(
    'appears word for word on exactly one page (besides the whole guide at /read/): $text',
    ({ text }) => {
      const found = [...pageText]
        .filter(([path, body]) => path !== WHOLE_GUIDE && body.includes(normalise(text)))
        .map(([path]) => path);
      expect(found).toHaveLength(1);
    },
  );

  test.each(blocks.filter((b) => b.kind === 'bullet' && isQuestion(b.text)))(
    'the question is on the reflection page: $text',
    ({ text }) => {
      expect(pageText.get('/reflection/')).toContain(normalise(text));
    },
  );

  test.each(blocks.filter((b) => b.kind === 'title' || b.kind === 'heading'))(
    'the heading “$text” is on the guide',
    ({ text }) => {
      expect([...pageText.values()].some((body) => body.includes(text))).toBe(true);
    },
  );
});
