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
);
