/**
 * Build of the `stageflow` executable: src/cli/bin.ts and everything it imports (zod,
 * fast-xml-parser, the engine…) bundled by Vite's own bundler (Rolldown, SSR mode for Node) into
 * dist-cli/main.js plus one chunk per subcommand, CommonJS for Node 20 with no run-time
 * dependencies, each with a V8 code cache beside it (`.cache`); dist-cli/stageflow.js is the
 * launcher that loads them (src/cli/launcher.ts). `npm run build` runs it after the app's build.
 *
 * CommonJS, not ES modules: Node 20 starts a CommonJS program ~10 ms sooner on this machine (its
 * ES module loader costs that much even for an empty file), and only a CommonJS module can be
 * compiled from a code cache (node:vm's `cachedData`). docs/performance.md has the figures.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { CODE_CACHE_SUFFIX, createCodeCache } from './src/cli/launch/codeCache.ts';

const OUT_DIR = 'dist-cli';

/**
 * Modules `stageflow validate` loads for a JSON design (the zod schemas of the documents are not
 * among them, nor is anything the entry itself needs, or the entry would load this chunk up front;
 * nor the formula parser, loaded only for a design with formulas: src/cli/formulaRules.ts).
 * A module missed here only lands in another chunk: it changes start-up time, never behaviour. A
 * module that imports the scenario's zod schema must stay out (validateScenario, validateScenarioKeys):
 * in this chunk it would make the schema's chunk and this one load each other, and the schema would
 * be built from constants not yet set ("Cannot convert undefined or null to object" in ZodEnum).
 * A module only `commands/validate.ts` imports must be in it too (otherFlowKind): left out, it went to
 * the subcommand's entry chunk, which this chunk then required while that one required this one
 * ("c is not a function" on every `stageflow validate`; builtCli.test.ts). validateScenarioAmong
 * likewise (the same failure, 2026-12-06).
 */
const VALIDATE_PATH = /\/src\/(model\/((?!validateScenario(Keys)?\.ts)validate[A-Za-z]*|apiVersion|shape\/[A-Za-z.]+|formulaSyntax|flowParameters|references|globalResources|closestName|names|logic|schemaConstants)\.ts|io\/orchestrationStructure\.ts|cli\/(help|options|loadFiles|formulaRules)\.ts|cli\/commands\/(validate|otherFlowKind|validateScenarioAmong)\.ts)$/;

/** The file npm links as the `stageflow` bin; Node starts it, it loads the rest. */
const LAUNCHER = 'stageflow.js';

/**
 * npm sets the bin's executable bit on install; this sets it in the build too (direct runs, npm
 * pack). The folder's package.json makes Node read its `.js` files as CommonJS (the repository's
 * own package.json says `"type": "module"`).
 */
function executableLauncher(): Plugin {
  return {
    name: 'stageflow-executable-launcher',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'package.json', source: `${JSON.stringify({ type: 'commonjs' })}\n` });
    },
    writeBundle(options) {
      chmodSync(join(options.dir ?? OUT_DIR, LAUNCHER), 0o755);
    },
  };
}

/** The sample designs the training runs validate. */
const SAMPLES = 'public/samples';

/**
 * The commands run at build time to fill the code caches with the functions they call: `validate`
 * of each sample design (any design calls mostly the same functions). Only `validate` has a
 * start-up budget; training `test` too would add the engine's functions to the caches of the
 * modules `validate` loads, and a larger cache costs `validate` more to read than it saves (in
 * CPU time, validate-only training beat validate + test training by ~7 ms). Other commands start
 * from their modules' compiled top level.
 */
function trainingRuns(): string[][] {
  const designs = readdirSync(SAMPLES).filter((name) => name.endsWith('.json') && !name.includes('.scenario.') && name !== 'index.json');
  return designs.map((name) => ['validate', join(SAMPLES, name)]);
}

/**
 * Writes each built module's V8 code cache beside it (src/cli/launch/codeCache.ts): first of its
 * top level, for every module, then refreshed by the training runs for the modules they load.
 */
function codeCache(): Plugin {
  return {
    name: 'stageflow-code-cache',
    writeBundle(options, bundle) {
      const dir = options.dir ?? OUT_DIR;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.fileName === LAUNCHER) continue;
        const file = join(dir, chunk.fileName);
        writeFileSync(file + CODE_CACHE_SUFFIX, createCodeCache(readFileSync(file), file));
      }
      for (const args of trainingRuns()) {
        // a failed run fails the build, with the command's stderr in the error
        execFileSync(process.execPath, [join(dir, LAUNCHER), ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, STAGEFLOW_WRITE_CODE_CACHE: '1' } });
      }
    },
  };
}

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  plugins: [executableLauncher(), codeCache()],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    rolldownOptions: {
      // the launcher does not import the program: it loads main.js by its path
      input: { stageflow: 'src/cli/launcher.ts', main: 'src/cli/bin.ts' },
      // the code cache's training runs take most of this build's time, by design: no warning about it
      checks: { bundlerTimings: false },
      output: {
        format: 'cjs',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // What `stageflow validate <design.json>` runs — the command, the file loader and the
        // model's validation — in one chunk: Node resolves, reads and links each
        // module file on its own, and each costs start-up time (docs/performance.md).
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'validate', test: VALIDATE_PATH }],
        },
      },
    },
  },
});
