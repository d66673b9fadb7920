import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../support/build';
import { root } from '../../tools/lib/paths';

/** A throwaway copy of the project whose content we can break. */
function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-fixture-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'integrations', 'url-contract.json']) {
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

describe('broken frontmatter fails the build, naming the file and field', () => {
  test('a misspelled kind', async () => {
    const { code, output } = await buildWithBrokenFile('content/guide/technical-track/pros/deep-impact.mdx', (s) => s.replace('kind: pro', 'kind: prro'));
    expect(code).not.toBe(0);
    expect(output).toContain('deep-impact');
    expect(output).toMatch(/kind/);
  });

  test('a dangling counterpart reference', async () => {
    const { code, output } = await buildWithBrokenFile('content/guide/technical-track/cons/political-vulnerability.mdx', (s) =>
      s.replace('management-track/pros/direct-control-and-ownership', 'management-track/pros/direct-control'),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('political-vulnerability');
    expect(output).toContain('counterparts');
    expect(output).toContain('management-track/pros/direct-control');
  });

  test('a missing title', async () => {
    const { code, output } = await buildWithBrokenFile('content/guide/third-way.mdx', (s) => s.replace(/^title: .*\n/m, ''));
    expect(code).not.toBe(0);
    expect(output).toContain('third-way');
    expect(output).toMatch(/title/);
  });
});
