import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { vocabularyOf } from '../src/lib/typos.ts';

const MODULE_ID = 'virtual:search-vocabulary';

/**
 * Issue 13, "Did you mean …?": the guide's vocabulary (article text, titles, questions and
 * hidden search terms, read from `content/`) as a Vite module, `virtual:search-vocabulary`,
 * whose default export is the words joined by spaces. Only the search code imports it, so
 * it arrives with that code, on first search, and never on a page's first load.
 * `contentDir`: the `content/` folder.
 */
export function searchVocabulary(contentDir: URL): Plugin {
  const resolved = `\0${MODULE_ID}`;
  return {
    name: 'search-vocabulary',
    resolveId: (id: string) => (id === MODULE_ID ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      const dir = fileURLToPath(contentDir);
      const texts = guideTexts(join(dir, 'guide'), (file) => this.addWatchFile(file));
      const questions = JSON.parse(readFileSync(join(dir, 'questions.json'), 'utf8')) as Array<{
        question: string;
        prompt: string;
        poles: Array<{ label: string }>;
      }>;
      this.addWatchFile(join(dir, 'questions.json'));
      for (const q of questions) texts.push(q.question, q.prompt, ...q.poles.map((pole) => pole.label));
      return `export default ${JSON.stringify(vocabularyOf(texts).join(' '))};`;
    },
  };
}

/**
 * Each guide page's hidden search terms (frontmatter `searchTerms`, checked by the schema
 * when Astro loads the collection), keyed by the page's built file: `index.html`,
 * `technical-track/index.html`. For the search index (integrations/pagefind-index.ts).
 * `guideDir`: `content/guide/`.
 */
export function guideSearchTerms(guideDir: URL): Map<string, string[]> {
  const dir = fileURLToPath(guideDir);
  const terms = new Map<string, string[]>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.mdx'),
  )) {
    const [, frontmatter = ''] = readFileSync(join(dir, file), 'utf8').split(/^---$/m);
    const listed = ((parse(frontmatter) as { searchTerms?: string[] } | null)?.searchTerms ?? []) as string[];
    const page = file
      .replace(/\\/g, '/')
      .replace(/\.mdx$/, '')
      .replace(/(^|\/)index$/, '');
    if (listed.length) terms.set(page ? `${page}/index.html` : 'index.html', listed);
  }
  return terms;
}

/**
 * The searchable words of every MDX page: its title, its hidden search terms and its body,
 * without markup (JSX tags, expressions, pinned ids, link targets).
 */
export function guideTexts(dir: string, watch: (file: string) => void): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.mdx'),
  )) {
    const path = join(dir, file);
    watch(path);
    const [, frontmatter = '', ...body] = readFileSync(path, 'utf8').split(/^---$/m);
    const data = (parse(frontmatter) ?? {}) as { title?: string; searchTerms?: string[] };
    texts.push(String(data.title ?? ''), ...(data.searchTerms ?? []));
    texts.push(
      body
        .join('---')
        .replace(/<[^>]*>/g, ' ')
        .replace(/\{[^}]*\}/g, ' ')
        .replace(/\]\([^)]*\)/g, ' '),
    );
  }
  return texts;
}
