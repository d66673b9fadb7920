import { expect, test } from 'vitest';
import { runNodeScript } from '../support/build';

// The same checks as `npm run lint`, inside `npm test` so a pull request cannot skip them.
test('ESLint reports no problem, not even a warning', { timeout: 300_000 }, async () => {
  const { code, output } = await runNodeScript('node_modules/eslint/bin/eslint.js', [
    '.',
    '--max-warnings=0',
  ]);
  expect(code, output).toBe(0);
});

test('every file Prettier formats is formatted', { timeout: 300_000 }, async () => {
  const { code, output } = await runNodeScript('node_modules/prettier/bin/prettier.cjs', ['--check', '.']);
  expect(code, output).toBe(0);
});
