import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { root } from '../../tools/lib/paths';

/** Every .ts file under `dir`. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );

/** The files of `files` that `file` imports by a relative path (types too: a circle of types is still a circle). */
function importsOf(file: string, files: Set<string>): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)]
    .map(([, path = '']) => resolve(dirname(file), path.endsWith('.ts') ? path : `${path}.ts`))
    .filter((target) => files.has(target));
}

/** Each import circle once, as "a → b → a" (paths relative to `base`). */
function importCircles(files: readonly string[], base: string): string[] {
  const known = new Set(files);
  const graph = new Map(files.map((file) => [file, importsOf(file, known)]));
  const circles = new Set<string>();
  const visit = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at >= 0) {
      const circle = trail.slice(at);
      // The same circle found from another of its files: name it from its first file in order.
      const first = circle.indexOf([...circle].sort()[0]!);
      const named = [...circle.slice(first), ...circle.slice(0, first)];
      circles.add([...named, named[0]!].map((f) => relative(base, f)).join(' → '));
      return;
    }
    for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
  };
  for (const file of files) visit(file, []);
  return [...circles];
}

describe('src/lib', () => {
  test('has no import circle: each module builds on the ones it imports', () => {
    const lib = join(root, 'src/lib');
    expect(importCircles(sources(lib), lib)).toEqual([]);
  });
});
