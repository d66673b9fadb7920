import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../support/build';
import { root } from '../../tools/lib/paths';

/** A throwaway copy of the project whose content we can break. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-fixture-'));
  for (const entry of [
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'src',
    'content',
    'public',
    'integrations',
    'url-contract.json',
  ]) {
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Applies `edit` to one content file of a fresh copy, builds it, and returns the build. */
async function buildWithBrokenFile(file: string, edit: (source: string) => string) {
  const dir = projectCopy();
  copies.push(dir);
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return astroBuild({ cwd: dir, args: ['--outDir', join(dir, 'dist')] });
}

// The frontmatter shape (a misspelled kind, a missing title) is checked by the collection's
// schema: tests/unit/schema.test.ts tests guideSchema and that content.config.ts wires it in.
// What only a build shows is that the cross-page checks run in it (src/data/guide.ts calls
// assertValidGuide, tested in tests/unit/validateGuide.test.ts) and stop it, naming the file,
// the field and the bad value: one real broken build, here.
describe('broken content fails the build, naming the file and field', () => {
  test('a dangling counterpart reference', { timeout: 240_000 }, async () => {
    const { code, output } = await buildWithBrokenFile(
      'content/guide/technical-track/cons/political-vulnerability.mdx',
      (s) =>
        s.replace(
          'management-track/pros/direct-control-and-ownership',
          'management-track/pros/direct-control',
        ),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('political-vulnerability');
    expect(output).toContain('counterparts');
    expect(output).toContain('management-track/pros/direct-control');
  });
});
