import { stripVTControlCharacters } from 'node:util';

/**
 * The lines of a tool's output (astro build, astro dev) that warn or report an error: Astro's
 * `[WARN]` and `[ERROR]` (Vite's and Rolldown's warnings come through them), a bare
 * `warning:`, Node's `(node:123) Warning: …` and Rollup-style `(!)` notices. A quiet tool
 * prints none: one warning that always appears teaches a maintainer to ignore the next.
 */
export function warningLines(output: string): string[] {
  return stripVTControlCharacters(output)
    .split(/\r?\n/)
    .filter((line) => /\[(WARN|ERROR)\]|\bwarning\b|^\(node:\d+\)|^\s*\(!\)/i.test(line));
}
