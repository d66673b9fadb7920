import { describe, expect, test } from 'vitest';
import { warningLines } from '../support/quiet-output';

// Lines as astro build and astro dev printed them (FORCE_COLOR=0) before the build was quieted.
const moduleLevelDirective =
  '09:24:05 [WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject" in "content/guide/technical-track.mdx?astroPropagatedAssets" may not be preserved when bundling.';
const shiki =
  '09:24:01 [WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP).';
const dynamicImport = '09:24:56 [WARN] [vite] warning: ';

const quietBuild = `09:24:03 [content] Syncing content
09:24:03 [build] output: "static"
09:24:11   ├─ /technical-track/pros/deep-impact/index.html (+18ms)
09:24:12 [csp-per-page] policies narrowed on 65 pages (79866 bytes of unused hashes removed)
09:24:12 [build] Complete!`;

describe('warningLines', () => {
  test('finds Astro’s, Vite’s and Rolldown’s warnings', () => {
    const output = [
      quietBuild,
      moduleLevelDirective,
      shiki,
      dynamicImport,
      'The above dynamic import cannot be analyzed by Vite.',
    ].join('\n');
    expect(warningLines(output)).toEqual([moduleLevelDirective, shiki, dynamicImport]);
  });
  test('finds errors, Node’s warnings and (!) notices', () => {
    const lines = [
      '09:24:05 [ERROR] [vite] x',
      '(node:4242) ExperimentalWarning: something',
      '(!) Some chunks are larger than 500 kB',
    ];
    expect(warningLines(lines.join('\r\n'))).toEqual(lines);
  });
  test('finds nothing in a quiet build', () => {
    expect(warningLines(quietBuild)).toEqual([]);
    expect(warningLines('')).toEqual([]);
  });
});
