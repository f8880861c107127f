#!/usr/bin/env node
/**
 * The entry of the `stageflow` executable (package.json `bin` → dist-cli/stageflow.js). It always
 * runs — no "am I the main module" check, which fails when npm links the bin through a symlink.
 */
import { guarded, nodeIo } from './cliIo';
import { stageflow } from './stageflow';

void guarded('stageflow', () => stageflow(process.argv.slice(2), nodeIo), nodeIo).then((code) => {
  process.exitCode = code;
});
