import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { installedSize } from '../../tools/lib/install-size';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'install-size-'));
  mkdirSync(join(dir, 'pkg/bin'), { recursive: true });
  writeFileSync(join(dir, 'pkg/bin/tool'), 'x'.repeat(10_000));
  writeFileSync(join(dir, 'pkg/index.js'), 'y'.repeat(24));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('adds up the files, and what they take on disk, which is never less', () => {
  const size = installedSize(dir);
  expect(size.bytes).toBe(10_024);
  expect(size.onDisk).toBeGreaterThanOrEqual(size.bytes);
});

test('counts a hard-linked file once, and a symlink as a link, not as its target', () => {
  const before = installedSize(dir);
  linkSync(join(dir, 'pkg/bin/tool'), join(dir, 'pkg/tool'));
  symlinkSync(join(dir, 'pkg/bin/tool'), join(dir, 'pkg/link'));
  expect(installedSize(dir).bytes).toBe(before.bytes);
});

test('leaves out the caches at the top, and only there', () => {
  const before = installedSize(dir);
  for (const cache of ['.cache', '.vite', '.astro']) {
    mkdirSync(join(dir, cache));
    writeFileSync(join(dir, cache, 'big'), 'c'.repeat(50_000));
  }
  expect(installedSize(dir)).toEqual(before);
  mkdirSync(join(dir, 'pkg/.cache'));
  writeFileSync(join(dir, 'pkg/.cache/kept'), 'k'.repeat(7));
  expect(installedSize(dir).bytes).toBe(before.bytes + 7);
});
