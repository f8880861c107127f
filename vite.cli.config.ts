/**
 * Build of the `stageflow` executable: src/cli/bin.ts and everything it imports (zod,
 * fast-xml-parser, the engine…) bundled by Vite's own bundler (Rolldown, SSR mode for Node) into
 * dist-cli/stageflow.js plus one chunk per subcommand, plain ES modules for Node 20 with no
 * run-time dependencies. `npm run build` runs it after the app's build.
 */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const OUT_DIR = 'dist-cli';

/** npm sets the bin's executable bit on install; this sets it in the build too (direct runs, npm pack). */
function executableEntry(): Plugin {
  return {
    name: 'stageflow-executable-entry',
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry) chmodSync(join(options.dir ?? OUT_DIR, chunk.fileName), 0o755);
      }
    },
  };
}

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  plugins: [executableEntry()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      output: {
        format: 'es',
        entryFileNames: 'stageflow.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
