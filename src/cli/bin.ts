#!/usr/bin/env node
/**
 * The entry of the `stageflow` executable (package.json `bin` → dist-cli/stageflow.js). It always
 * runs — no "am I the main module" check, which fails when npm links the bin through a symlink.
 */
import { guarded, nodeIo } from './cliIo';
import { stageflow } from './stageflow';

// zod's jitless mode (a command parses each document once) is set where the schemas are built
// (model/orchestrationSchema.ts), so that the entry and `stageflow validate` do not load zod at all.

void guarded('stageflow', () => stageflow(process.argv.slice(2), nodeIo), nodeIo).then((code) => {
  process.exitCode = code;
});
