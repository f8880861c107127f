#!/usr/bin/env node
/**
 * The file Node starts for `stageflow` (package.json `bin` → dist-cli/stageflow.js, CommonJS). It
 * only loads the program (bin.ts, built to dist-cli/main.js, and the chunks it needs) through the
 * loader that reuses the build's V8 code cache (launch/codeCache.ts), so a start compiles little.
 * It always runs — no "am I the main module" check, which fails when npm links the bin through a
 * symlink. Set STAGEFLOW_DEBUG_CODE_CACHE=1 to see on stderr how each module used its cache.
 * STAGEFLOW_WRITE_CODE_CACHE=1 is for the build only: it rewrites the caches at exit.
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { createModuleLoader } from './launch/codeCache';

const loader = createModuleLoader();
if (process.env.STAGEFLOW_DEBUG_CODE_CACHE) {
  process.on('exit', () => {
    for (const [file, use] of loader.cacheUse) writeSync(2, `code cache: ${use} ${file}\n`);
  });
}
if (process.env.STAGEFLOW_WRITE_CODE_CACHE === '1') {
  process.on('exit', () => {
    try {
      loader.writeCodeCaches();
    } catch (e) {
      writeSync(2, `stageflow: cannot write the code cache: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    }
  });
}
loader.load(join(__dirname, 'main.js'));
