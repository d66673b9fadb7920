import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { withSearchTerms } from '../../src/lib/searchTerms';
import { realGuidePages } from './guide-pages';
import { root } from '../../tools/lib/paths';

/*
 * A real Pagefind index of the guide's indexed text, built in a second without `astro
 * build`: for each page, what its `<article data-pagefind-body>` holds for Pagefind (the
 * MDX body, the questions where `<Reflection />` stands, and the hidden search terms exactly
 * as the index build adds them), indexed through Pagefind's Node API, then searched with
 * the bundle's own pagefind.js. Chrome (headings of lists, worksheet controls) is
 * data-pagefind-ignore on the site, so it is left out here too.
 */

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Question {
  question: string;
  prompt: string;
}

/** The indexed HTML of one guide page, from its MDX source. */
export function indexedHtml(mdx: string, questions: readonly Question[]): string {
  const [, frontmatter = '', ...rest] = mdx.split(/^---$/m);
  const data = (parse(frontmatter) ?? {}) as { title?: string; searchTerms?: string[] };
  const blocks = rest
    .join('---')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      if (/^<Reflection\b/.test(block))
        return questions.map((q) => `<h3>${escape(q.question)}</h3><p>${escape(q.prompt)}</p>`).join('');
      const heading = /^(#{2,4}) (.*?)(?: \{#[^}]*\})?$/.exec(block);
      if (heading) return `<h${heading[1]!.length}>${escape(heading[2]!)}</h${heading[1]!.length}>`;
      return `<p>${escape(block.replace(/\*\*/g, ''))}</p>`;
    });
  const page = `<!doctype html><html lang="en"><head><title>${escape(data.title ?? '')}</title></head><body><article data-pagefind-body><h1 data-pagefind-meta="title" data-pagefind-ignore>${escape(data.title ?? '')}</h1>${blocks.join('')}</article></body></html>`;
  // The terms go in as the search index build puts them (integrations/pagefind-index.ts).
  return withSearchTerms(page, data.searchTerms ?? []);
}

export interface GuideSearch {
  /** Site-relative URLs of the results for `query`, best first, with their loaded data. */
  search(query: string): Promise<Array<{ url: string; data: Record<string, unknown> }>>;
  close(): void;
}

/** Indexes every guide page and returns a searcher over that index. */
export async function guideSearch(): Promise<GuideSearch> {
  const questions = JSON.parse(readFileSync(join(root, 'content/questions.json'), 'utf8')) as Question[];
  const dir = mkdtempSync(join(tmpdir(), 'guide-search-'));
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('; '));
    for (const page of realGuidePages()) {
      const url = page.id === 'index' ? '/' : `/${page.id}/`;
      const added = await index.addHTMLFile({
        url,
        content: indexedHtml(readFileSync(join(root, page.filePath!), 'utf8'), questions),
      });
      if (added.errors.length) throw new Error(added.errors.join('; '));
    }
    await index.writeFiles({ outputPath: dir });
  } finally {
    await pagefind.close();
  }
  // pagefind.js is written for browsers: give it the little it asks of one, and files for fetches.
  const globals = globalThis as Record<string, unknown>;
  const saved = {
    window: globals.window,
    document: globals.document,
    location: globals.location,
    fetch: globals.fetch,
  };
  Object.assign(globals, {
    window: globalThis,
    document: { currentScript: null, querySelector: () => null },
    location: { href: 'http://localhost/' },
    // pagefind.js asks for `${basePath}file?cache-buster`; basePath is the folder on disk.
    fetch: async (url: string | URL) =>
      new Response(
        readFileSync(
          String(url)
            .replace(/^file:\/\//, '')
            .replace(/\?.*$/, ''),
        ),
      ),
  });
  const api = (await import(`${pathToFileURL(join(dir, 'pagefind.js')).href}?${Date.now()}`)) as {
    options(o: object): Promise<void>;
    search(
      q: string,
    ): Promise<{ results: Array<{ data(): Promise<Record<string, unknown> & { url: string }> }> }>;
  };
  await api.options({ basePath: `${dir}/` });
  return {
    async search(query) {
      const { results } = await api.search(query);
      return Promise.all(
        results.map(async (result) => ({ url: (await result.data()).url, data: await result.data() })),
      );
    },
    close() {
      Object.assign(globals, saved);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
