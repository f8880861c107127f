/**
 * `npm run --silent convert -- <input> --out <output>` (FORMAT.md §6): the same command as
 * `stageflow convert` (src/cli/commands/convert.ts), run from the repository through tsx.
 */
import { runIfMain } from './cliIo';
import { nodeIo } from './nodeIo';
import { convertCommand } from './commands/convert';

export type { CliIo } from './cliIo';

/** Runs the command; resolves to the exit code. Never throws, never prints a stack trace. */
export const main = convertCommand('npm run --silent convert --');

runIfMain(import.meta.url, (argv) => main(argv, nodeIo));
