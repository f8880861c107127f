/**
 * `npm run --silent flow -- <file.flow-meta.xml> [--inputs …] [--records …] [--project …]`: the same
 * command as `stageflow flow` (src/cli/commands/flow.ts), run from the repository through tsx.
 */
import { runIfMain } from './cliIo';
import { nodeIo } from './nodeIo';
import { flowCommand } from './commands/flow';

/** Runs the command; resolves to the exit code. Never throws, never prints a stack trace. */
export const main = flowCommand('npm run --silent flow --');

runIfMain(import.meta.url, (argv) => main(argv, nodeIo));
