import { expect, test } from 'vitest';
import { astroCommand, runNodeScript } from '../support/build';

// `astro check` (TypeScript over every .ts and .astro file) runs beside the other tests rather
// than before them: on a 2-core machine it overlaps the browser tests' waiting. It starts after
// the e2e global setup's build, which has just written the .astro/ types, so it skips its own
// sync (--noSync) and nothing writes .astro/ while it reads it.
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
