import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { readFileTimes } from '../../tools/lib/test-times.ts';
import { root } from '../../tools/lib/paths.ts';

/**
 * Starts the files that take longest first, by their times in bench/test-times.md (written by
 * `npm run bench:tests`, kept in the repository). Vitest orders by its own cache of earlier
 * runs, which a clean clone (CI) does not have: it then starts the largest files first, and
 * the slow small ones (the axe gate, `astro check`) ran last, on a core of their own. A file
 * the table does not know yet runs first, as Vitest runs unknown files first.
 */
export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const table = join(root, 'bench/test-times.md');
    if (!existsSync(table)) return super.sort(files);
    const times = readFileTimes(readFileSync(table, 'utf8'));
    const secondsOf = (file: TestSpecification) =>
      times.get(file.moduleId.slice(root.length).replace(/^\//, '')) ?? Infinity;
    return (await super.sort(files)).sort((a, b) => secondsOf(b) - secondsOf(a));
  }
}
