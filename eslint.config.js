// @ts-check
// Lint rules for the whole repo: typescript-eslint's type-free recommended set for .ts/.mjs,
// eslint-plugin-astro for components, and the browser or Node globals each folder runs with.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'bench/tmp/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position in a signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Code that runs in the reader's browser.
    files: ['src/scripts/**', 'src/components/**', 'src/**/*.astro'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Scripts inlined into every page's HTML, written minified by hand because their bytes
    // are shipped as they are: short-circuit expressions are their control flow, and an empty
    // catch is how they say "no storage, carry on".
    files: ['src/scripts/*.js'],
    rules: {
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
  {
    // The island keeps, as module state, which worksheet element the reader used last
    // (`active = this`): that is a record of state, not an alias for a closure.
    files: ['src/components/reflection-worksheet.ts'],
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
);
