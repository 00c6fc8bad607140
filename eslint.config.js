import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.h5-tmp/**', '**/*-tmp/**', '**/test-results/**', '**/playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'packages/* are isomorphic: no node: imports.' }] }],
    },
  },
  {
    files: ['tooling/**/*.mjs', '**/*.config.*', 'apps/api/build.mjs'],
    languageOptions: { globals: globals.node },
  },
);
