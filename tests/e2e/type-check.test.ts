import { expect, inject, test } from 'vitest';
import { astroCommand, runNodeScript } from '../support/build';
import { devServerOutput } from '../support/dev-server';
import { warningLines } from '../support/quiet-output';

// The tools a maintainer runs, run cleanly: the builds and the dev server print no warning,
// and `astro check` finds no type error.
//
// The two tests that start Astro (`astro dev`, `astro check`) run beside the other tests rather
// than before them: on a 2-core machine they overlap the browser tests' waiting. They start
// after the e2e global setup's build, which has just written the .astro/ types, and run one
// after the other in this file: the dev server rewrites .astro/ as it starts, and astro check
// skips its own sync (--noSync) so that nothing writes .astro/ while it reads it.

const buildLogs = inject('buildLogs');

test.skipIf(Object.keys(buildLogs).length === 0)('astro build prints no warning', () => {
  for (const [label, output] of Object.entries(buildLogs)) {
    expect(warningLines(output), `astro build (${label}):\n${output}`).toEqual([]);
  }
});

// One page with a worksheet (reflection-loader.js) and /path/ (path-loader.js): the pages whose
// inline loaders once made Vite warn in dev.
test('astro dev serves pages without a warning', { timeout: 60_000 }, async () => {
  const started = performance.now();
  const output = await devServerOutput(['/technical-track/pros/deep-impact/', '/path/']);
  console.log(
    `astro dev: started, served 2 pages and stopped in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  expect(warningLines(output), output).toEqual([]);
});

test('astro check finds no type errors', { timeout: 600_000 }, async () => {
  const started = performance.now();
  const { code, output } = await astroCommand('check', ['--noSync']);
  console.log(
    `astro check in ${((performance.now() - started) / 1000).toFixed(1)} s: ${output.match(/Result[^]*$/)?.[0]?.replace(/\s+/g, ' ') ?? ''}`,
  );
  expect(code, output).toBe(0);
});

// The service worker has its own types (webworker, not DOM): src/offline/tsconfig.json.
test('the service worker’s code has no type errors', { timeout: 120_000 }, async () => {
  const { code, output } = await runNodeScript('node_modules/typescript/bin/tsc', ['-p', 'src/offline']);
  expect(code, output).toBe(0);
});
