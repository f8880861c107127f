/**
 * `npm run --silent simulate -- order.json` runs its script in the package folder, wherever it was
 * typed: npm changes the working directory and keeps the one the user was in as INIT_CWD. A path on
 * the command line (the input, `--scenario`, `--out`) means what it means where the user typed it,
 * so the command goes back there before it reads anything (FORMAT.md §5: an existing file given
 * from another folder, `npm --prefix` included, is not "unreadable").
 */
import { dirname, resolve } from 'node:path';

/** The package scripts that start a command-line tool (package.json). */
const CLI_SCRIPTS = new Set(['simulate', 'convert', 'flow', 'stageflow']);

/**
 * The folder npm was invoked from, when this process is one of the CLI scripts started by `npm run`
 * in the package folder and the user was elsewhere; otherwise undefined (stay where we are). A
 * process that inherited npm's variables but was started elsewhere (a test spawning `node` in a
 * folder of its own) is not npm's script: its working directory is not the package folder.
 */
export function invocationDir(env: NodeJS.ProcessEnv, cwd: string): string | undefined {
  const initCwd = env.INIT_CWD;
  const packageJson = env.npm_package_json;
  if (!initCwd || !packageJson || !CLI_SCRIPTS.has(env.npm_lifecycle_event ?? '')) return undefined;
  if (resolve(dirname(packageJson)) !== resolve(cwd)) return undefined;
  return resolve(initCwd) === resolve(cwd) ? undefined : resolve(initCwd);
}

/** Goes back to the folder the user typed the command in (see invocationDir); a folder gone since stays unvisited. */
export function returnToInvocationDir(): void {
  const dir = invocationDir(process.env, process.cwd());
  if (dir === undefined) return;
  try {
    process.chdir(dir);
  } catch {
    // the folder no longer exists: relative paths then resolve in the package folder, as before
  }
}
