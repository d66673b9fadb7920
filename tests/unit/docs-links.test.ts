import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { root } from '../../tools/lib/paths';
import { brokenMarkdownLinks, headingAnchors } from '../support/markdown-links';

const docs = readdirSync(join(root, 'docs'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);

// Written on other branches of issue 21. Until a file lands, a link to it may point nowhere;
// once it exists, its links and anchors are checked like every other file's.
const writtenElsewhere = ['docs/reading-paths.md', 'docs/offline.md'];
const awaited = (problem: string) =>
  writtenElsewhere.some(
    (file) => !existsSync(join(root, file)) && problem.endsWith(`points to ${file}, which does not exist`),
  );

describe('README.md and docs/', () => {
  test('every relative link and #anchor between them resolves', () => {
    expect(brokenMarkdownLinks(root, ['README.md', ...docs]).filter((problem) => !awaited(problem))).toEqual(
      [],
    );
  });

  test('the README links every file in docs/', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(docs.filter((file) => !readme.includes(`](${file}`))).toEqual([]);
  });
});

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A repository in a temporary folder with these files (path → text). */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'markdown-links-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('brokenMarkdownLinks', () => {
  test('accepts links to files, folders and headings that exist', () => {
    const dir = repo({
      'README.md':
        '# Guide\n\nSee [testing](docs/testing.md#the-browsers), [the code](src/) and [above](#guide).\n',
      'docs/testing.md': '# Testing\n\n## The browsers\n\nBack to the [README](../README.md#guide).\n',
      'src/x.ts': '',
    });
    expect(brokenMarkdownLinks(dir, ['README.md', 'docs/testing.md'])).toEqual([]);
  });

  test('names a link to a file that does not exist', () => {
    const dir = repo({ 'README.md': 'See [search](docs/serch.md).\n', 'docs/search.md': '# Search\n' });
    expect(brokenMarkdownLinks(dir, ['README.md'])).toEqual([
      'README.md: [search](docs/serch.md) points to docs/serch.md, which does not exist',
    ]);
  });

  test('names an #anchor that is not a heading, in another file or its own', () => {
    const dir = repo({
      'README.md': '# Guide\n\n[a](docs/search.md#vocabulary) [b](#guid)\n',
      'docs/search.md': '# Search\n\n## Terms\n',
    });
    expect(brokenMarkdownLinks(dir, ['README.md'])).toEqual([
      'README.md: [a](docs/search.md#vocabulary) points to #vocabulary, which is not a heading of docs/search.md',
      'README.md: [b](#guid) points to #guid, which is not a heading of README.md',
    ]);
  });

  test('follows neither other sites nor site paths, nor links inside code', () => {
    const dir = repo({
      'README.md':
        '[site](https://example.org/x.md) [mail](mailto:a@b.c) [page](/path/#p=1)\n\n`[x](nowhere.md)`\n\n```md\n[y](nowhere.md)\n```\n',
    });
    expect(brokenMarkdownLinks(dir, ['README.md'])).toEqual([]);
  });

  test('refuses links that leave the repository, and anchors on files that are not Markdown', () => {
    const dir = repo({ 'docs/a.md': '[up](../../etc/passwd) [code](../src/x.ts#L3)\n', 'src/x.ts': '' });
    expect(brokenMarkdownLinks(dir, ['docs/a.md'])).toEqual([
      'docs/a.md: [up](../../etc/passwd) points outside the repository',
      'docs/a.md: [code](../src/x.ts#L3) has an #anchor on src/x.ts, which is not a Markdown file',
    ]);
  });
});

describe('headingAnchors', () => {
  test('slugs headings as GitHub does, numbering repeats and ignoring code blocks', () => {
    const markdown =
      '# DE or Director?\n## Where LCP goes (before you try to move it)\n## The `?q=` link\n## Notes\n## Notes\n```sh\n# not a heading\n```\n';
    expect([...headingAnchors(markdown)]).toEqual([
      'de-or-director',
      'where-lcp-goes-before-you-try-to-move-it',
      'the-q-link',
      'notes',
      'notes-1',
    ]);
  });
});
