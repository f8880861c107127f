/**
 * `npm run --silent simulate -- def.json [--scenario s.json] [--out trace.json] [--validate-only]`
 * (FORMAT.md §5): the same command as `stageflow simulate` (src/cli/commands/simulate.ts), run
 * from the repository through tsx.
 */
import { nodeIo, runIfMain } from './cliIo';
import { simulateCommand } from './commands/simulate';

export { nodeIo, problemLine, type CliIo } from './cliIo';

/** Runs the command; resolves to the exit code. Never throws, never prints a stack trace. */
export const main = simulateCommand('npm run --silent simulate --');

runIfMain(import.meta.url, (argv) => main(argv, nodeIo));
