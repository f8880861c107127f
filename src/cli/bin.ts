#!/usr/bin/env node
/**
 * The entry of the `stageflow` executable (package.json `bin` → dist-cli/stageflow.js). It always
 * runs — no "am I the main module" check, which fails when npm links the bin through a symlink.
 */
import { config } from 'zod/v4/core';
import { guarded, nodeIo } from './cliIo';
import { stageflow } from './stageflow';

// A command parses each document once: zod interpreting its schemas is cheaper than compiling a
// validator per object schema first (and makes less garbage at start-up). zod reads this when a
// schema is built, so it is set here, before any subcommand (and so any schema) is loaded.
config({ jitless: true });

void guarded('stageflow', () => stageflow(process.argv.slice(2), nodeIo), nodeIo).then((code) => {
  process.exitCode = code;
});
