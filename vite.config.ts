/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Serves and ships the JSON Schemas of docs/schema at /schema/ (linked from the app). */
function jsonSchemas(): Plugin {
  const dir = 'docs/schema';
  const files = () => readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
  return {
    name: 'stageflow-json-schemas',
    configureServer(server) {
      server.middlewares.use('/schema/', (req, res, next) => {
        const file = (req.url ?? '').replace(/^\//, '').split('?')[0]!;
        if (!files().includes(file)) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(readFileSync(`${dir}/${file}`));
      });
    },
    generateBundle() {
      for (const file of files()) this.emitFile({ type: 'asset', fileName: `schema/${file}`, source: readFileSync(`${dir}/${file}`, 'utf8') });
    },
  };
}

/**
 * The samples shipped in public/samples (`<name>.json`, not their scenarios or the index): the app
 * opens only these before the page's load event (src/app/earlyStart.ts); any other name takes the
 * ordinary path, which says when it is missing.
 */
function sampleNames(): string[] {
  return readdirSync('public/samples').filter((f) => f.endsWith('.json') && !f.endsWith('.scenario.json') && f !== 'index.json').map((f) => f.slice(0, -'.json'.length)).sort();
}

export default defineConfig({
  plugins: [react(), tailwindcss(), jsonSchemas()],
  define: { __STAGEFLOW_SAMPLES__: JSON.stringify(sampleNames()) },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { chunkSizeWarningLimit: 1600 },
  test: {
    environment: 'node', // component tests opt in with `// @vitest-environment jsdom`
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    testTimeout: 30_000,
  },
});
