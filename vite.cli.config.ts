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

/**
 * Modules `stageflow validate` loads for a JSON design (the zod schemas of the documents are not
 * among them, nor is anything the entry itself needs, or the entry would load this chunk up front).
 * A module missed here only lands in another chunk: it changes start-up time, never behaviour.
 */
const VALIDATE_PATH = /\/src\/(model\/((?!validateScenario\.ts)validate[A-Za-z]*|apiVersion|shape\/[A-Za-z.]+|formulaSyntax|flowParameters|references|globalResources|closestName|names|logic|schemaConstants)\.ts|flows\/(formula\/.*|values|virtualClock)\.ts|io\/(jsonImport|formulaSyntax)\.ts|cli\/(help|options|loadFiles)\.ts|cli\/commands\/validate\.ts)$/;

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
        // What `stageflow validate <design.json>` runs — the command, the file loader, the model's
        // validation and the formula parser — in one chunk: Node resolves, reads and links each
        // module file on its own, and each costs start-up time (docs/performance.md).
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'validate', test: VALIDATE_PATH }],
        },
      },
    },
  },
});
