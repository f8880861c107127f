/**
 * The program of the `stageflow` executable, built to dist-cli/main.js and started by the launcher
 * (launcher.ts → dist-cli/stageflow.js, package.json `bin`), or by `npm run stageflow` from the
 * TypeScript source. It always runs: no "am I the main module" check.
 */
import { finalExitCode, guarded } from './cliIo';
import { nodeIo } from './nodeIo';
import { returnToInvocationDir } from './invocationDir';
import { stageflow } from './stageflow';

// zod's jitless mode (a command parses each document once) is set where the schemas are built
// (model/orchestrationSchema.ts), so that the entry and `stageflow validate` do not load zod at all.

returnToInvocationDir(); // `npm run stageflow -- x.json` typed in another folder reads x.json there

void guarded('stageflow', () => stageflow(process.argv.slice(2), nodeIo), nodeIo).then((code) => {
  process.exitCode = finalExitCode(code);
});
