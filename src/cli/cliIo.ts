/**
 * What the command-line tools share: their view of the outside world (CliIo; the real one is nodeIo.ts),
 * exit codes, problem lines, writing the result, and the guard that turns an internal error into
 * one line instead of a stack trace.
 */
import { pathToFileURL } from 'node:url';
import { fileLabel, oneLine } from './fileLabel';
import { stdoutWasLost } from './lostOutput';
import { returnToInvocationDir } from './invocationDir';
import { batches } from './outputBatches';
import type { Problem } from '../model/types';

/** What the command touches of the outside world (replaced in tests). */
export interface CliIo {
  stdout(text: string): void;
  /**
   * Resolves when what stdout was given has left the process (a slow reader of a pipe): a long output
   * written part by part waits for it, so the parts do not pile up in memory. Absent: at once.
   */
  stdoutDrained?(): Promise<void>;
  stderr(text: string): void;
  /** The file's text; throws an Error whose message says why it cannot be read. */
  readFile(path: string): Promise<string>;
  /** Writes the file, creating the folders it is in; throws an Error whose message says why it cannot. */
  writeFile(path: string, text: string): Promise<void>;
  /** Writes the parts one after another (text too long for one string); absent: joined for writeFile. */
  writeFileParts?(path: string, parts: Iterable<string>): Promise<void>;
  /** What is at `path`: a file, a directory, or nothing (commands that walk folders need it). */
  pathKind?(path: string): Promise<'file' | 'directory' | 'missing'>;
  /** The names in a directory, sorted, each marked as a directory or not (symbolic links are skipped). */
  listDir?(path: string): Promise<DirEntry[]>;
  /** A monotonic clock in milliseconds, for the time a test took (absent: times read 0). */
  now?(): number;
  /** The file's bytes (a `.zip` project), at most `maxBytes`; throws an Error saying why it cannot be read. */
  readBytes?(path: string, maxBytes: number): Promise<Uint8Array>;
  /** Standard input's text (the argument `-`); throws an Error whose message says why it cannot be read. */
  readStdin?(): Promise<string>;
}

/** One entry of a directory listing. */
export interface DirEntry {
  name: string;
  directory: boolean;
}

/** A subcommand: its arguments (after the subcommand's name) → the exit code. Never throws. */
export type CliCommand = (argv: readonly string[], io: CliIo) => Promise<number>;

export const EXIT_OK = 0;
/** Expectations failed (`test`, `coverage --min`, `diff --exit-code`), or an internal error. */
export const EXIT_FAILED = 1;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;
/**
 * `test` and `coverage --fail-if-nothing-tested` found designs and ran no scenario: pytest's code
 * for "no tests were collected". Asked for only: FORMAT.md §5's list is 0, 1 and 2, and by default
 * such a run is a warning and exit 0 (run/nothingTested.ts, docs/cli.md).
 */
export const EXIT_NO_SCENARIOS = 5;

/** The exit code once the command is done: one that ended well but whose output was lost is bad input (lostOutput.ts). */
export function finalExitCode(code: number): number {
  return stdoutWasLost() && code === EXIT_OK ? EXIT_BAD_INPUT : code;
}

/**
 * The place of a problem of the whole document or file, in the line's `<file>: <path>:` (*chosen*,
 * docs/cli.md): a list where an object was expected, a project file's warning with no line of its own.
 */
export const WHOLE_DOCUMENT = '(root)';

/**
 * `<file>: <path>: <message>`, with `warning:` before warnings' messages. A problem of the whole
 * document (a list where an object was expected) has the path `(root)`, as `stageflow flow` writes
 * it, so every line has the same three parts — and one line: a message naming a key is escaped.
 */
export function problemLine(file: string, problem: Problem): string {
  return `${fileLabel(file)}: ${problem.path === '' ? WHOLE_DOCUMENT : fileLabel(problem.path)}: ${problem.severity === 'warning' ? 'warning: ' : ''}${oneLine(problem.message)}`;
}

/** Prints `text` on stdout, or writes it to `out`; a file that cannot be written is bad input (exit 2). */
export async function writeOutput(io: CliIo, out: string | undefined, text: string): Promise<number> {
  if (out === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }
  try {
    await io.writeFile(out, text);
  } catch (e) {
    io.stderr(`${fileLabel(out)}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}

/** Like writeOutput, for text given in parts (exportTraceInParts): never one string of it all. */
export async function writeOutputParts(io: CliIo, out: string | undefined, parts: Iterable<string>): Promise<number> {
  if (out === undefined) {
    // a trace can run to gigabytes (a loop stopped by maxTransitions); piped to a slower reader, parts
    // written without waiting would be buffered in memory until the process runs out of it
    for (const text of batches(parts)) {
      io.stdout(text);
      if (io.stdoutDrained) await io.stdoutDrained();
    }
    return EXIT_OK;
  }
  try {
    if (io.writeFileParts) await io.writeFileParts(out, parts);
    else await io.writeFile(out, [...parts].join(''));
  } catch (e) {
    io.stderr(`${fileLabel(out)}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}

/** Runs a command; resolves to its exit code. Never throws, never prints a stack trace. */
export async function guarded(command: string, run: () => Promise<number>, io: CliIo): Promise<number> {
  try {
    return await run();
  } catch (e) {
    io.stderr(`${command}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_INTERNAL;
  }
}

/**
 * Runs `command` with the process's arguments when the module at `moduleUrl` is the script Node
 * was started with (`node --import tsx src/cli/simulate.ts …`), and sets the exit code.
 */
export function runIfMain(moduleUrl: string, command: (argv: readonly string[]) => Promise<number>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  returnToInvocationDir();
  void command(process.argv.slice(2)).then((code) => { process.exitCode = finalExitCode(code); });
}
