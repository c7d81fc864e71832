// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['packages/*/dist/**', 'examples/*/dist/**', 'tmp/**', '**/node_modules/**', 'coverage/**', 'reports/**', 'storybook-static/**', 'examples/**/build/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['LitElement', 'AutaElement'] } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'lit/no-template-arrow': 'off',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'tools/**', '.storybook/**', 'packages/ptv/src/cli.ts', 'packages/*/src/server/**', 'packages/*/test/node/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/test/**', 'stories/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      // Test fixtures define throw-away elements by hand.
      'wc/no-constructor-attributes': 'off',
    },
  },
);
