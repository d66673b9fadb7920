import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { root } from '../../tools/lib/paths';

/** Runs one of the project's own Node tools (from node_modules) and collects what it prints. */
function run(script: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', script), ...args], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

// The same checks as `npm run lint`, inside `npm test` so a pull request cannot skip them.
test('ESLint reports no problem, not even a warning', { timeout: 300_000 }, async () => {
  const { code, output } = await run('eslint/bin/eslint.js', ['.', '--max-warnings=0']);
  expect(code, output).toBe(0);
});

test('every file Prettier formats is formatted', { timeout: 300_000 }, async () => {
  const { code, output } = await run('prettier/bin/prettier.cjs', ['--check', '.']);
  expect(code, output).toBe(0);
});
