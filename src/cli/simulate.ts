/**
 * `npm run --silent simulate -- def.json [--scenario s.json] [--out trace.json] [--validate-only]`
 * (FORMAT.md §5): the same command as `stageflow simulate` (src/cli/commands/simulate.ts), run
 * from the repository through tsx.
 */
import { runIfMain } from './cliIo';
import { nodeIo } from './nodeIo';
import { simulateCommand } from './commands/simulate';

export { problemLine, type CliIo } from './cliIo';
export { nodeIo } from './nodeIo';

/** Runs the command; resolves to the exit code. Never throws, never prints a stack trace. */
export const main = simulateCommand('npm run --silent simulate --');

runIfMain(import.meta.url, (argv) => main(argv, nodeIo));
