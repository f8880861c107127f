import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

const noEvalRules = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-properties': ['error', { property: 'dangerouslySetInnerHTML', message: 'Render text, never HTML.' }],
  'no-restricted-syntax': [
    'error',
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
  ],
};

export default defineConfig([
  globalIgnores(['dist', 'dist-*', 'reports', 'test-results', 'playwright-report', 'node_modules', 'bench/*.json']),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, reactHooks.configs.flat.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...noEvalRules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine and the model are pure TypeScript: no React, no canvas, no store, no DOM.
    files: ['src/engine/**/*.ts', 'src/flows/**/*.ts', 'src/model/**/*.ts', 'src/commands/**/*.ts', 'src/io/**/*.ts', 'src/verify/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'zundo'], message: 'Keep this layer free of UI libraries.' },
            { group: ['**/store/**', '**/canvas/**', '**/panels/**', '**/app/**', '**/player/**'], message: 'Dependencies point one way: model <- engine/commands <- store <- UI.' },
          ],
        },
      ],
    },
  },
]);
