import js from '@eslint/js';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';
import { ALLOWED_IMPORTS, LAYERS, PURE_LAYERS } from './eslint.layers.js';

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

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

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
    // Layers (eslint.layers.js): each folder of src/ imports only the folders below it. Tests may
    // assemble the layers above the one they test (a command's test runs it through the store).
    files: ['src/**/*.{ts,tsx}'],
    ignores: TESTS,
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS.map((layer) => ({ type: layer, pattern: `src/${layer}` })),
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      // Stylesheets and package.json are not code of any layer.
      'boundaries/ignore': ['**/*.css', 'package.json'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          // An import of a file outside every layer (a new folder of src/) fails too: classify it first.
          checkUnknownLocals: true,
          message: '{{from.type}} may not import {{to.type}}: dependencies point down the layers (eslint.layers.js, docs/DEVELOPMENT.md).',
          policies: LAYERS.map((layer) => ({
            from: { element: { type: layer } },
            allow: { to: { element: { type: [layer, ...ALLOWED_IMPORTS[layer]] } } },
          })),
        },
      ],
    },
  },
  {
    // The pure layers: no React, no state library, no canvas, no browser globals (type-checked
    // without the DOM library too: tsconfig.pure.json).
    files: PURE_LAYERS.map((layer) => `src/${layer}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', '@xyflow/*', 'zustand', 'zustand/*', 'zundo', '@tanstack/*'], message: 'Keep this layer free of UI libraries.' },
          ],
        },
      ],
    },
  },
  {
    // The first download (docs/performance.md "Initial JS"): React Flow and d3 load with the canvas's
    // chunk (app/CanvasArea.tsx, lazy). A value imported from them by a module the entry reaches
    // statically pulls them into the first download (36 KB gzip, 2026-12-05); types are erased.
    files: ['src/actions/**/*.{ts,tsx}', 'src/store/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ignores: [...TESTS, 'src/app/CanvasArea.tsx', 'src/app/BareFlowBench.tsx', 'src/app/bareElements.ts', 'src/app/main.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@xyflow/*'], allowTypeImports: true, message: 'React Flow loads with the canvas: import it dynamically here (await import(...)), or it and d3 join the first download.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/model/**/*.ts', 'src/flows/**/*.ts', 'src/engine/**/*.ts', 'src/commands/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'requestAnimationFrame', 'fetch', 'location', 'history'].map((name) => ({ name, message: 'This layer runs anywhere (Node, a Web Worker): no browser globals.' }))],
    },
  },
]);
