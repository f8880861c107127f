/**
 * What the command-line tools share: their view of the outside world (CliIo, replaced in tests),
 * exit codes, problem lines, writing the result, and the guard that turns an internal error into
 * one line instead of a stack trace.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES } from '../io/jsonText';
import type { Problem } from '../model/types';

/** What the command touches of the outside world (replaced in tests). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's text; throws an Error whose message says why it cannot be read. */
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
}

export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_BAD_INPUT = 2;

/** `<file>: <path>: <message>`, with `warning:` before warnings' messages. */
export function problemLine(file: string, problem: Problem): string {
  const where = problem.path === '' ? '' : `${problem.path}: `;
  return `${file}: ${where}${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
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
    io.stderr(`${out}: ${e instanceof Error ? e.message : String(e)}\n`);
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

const REASONS: Record<string, string> = {
  ENOENT: 'cannot read the file: it does not exist',
  EISDIR: 'cannot read the file: it is a directory',
  EACCES: 'cannot read the file: permission denied',
  EPERM: 'cannot read the file: permission denied',
};

function systemMessage(e: unknown, fallback: string): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  return REASONS[code] ?? `${fallback}${e instanceof Error ? `: ${e.message}` : ''}`;
}

/** The real console and file system. Files above the import cap are refused before being read. */
export const nodeIo: CliIo = {
  stdout: (text) => { process.stdout.write(text); },
  stderr: (text) => { process.stderr.write(text); },
  async readFile(path) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      if (info.size > DEFAULT_MAX_BYTES) throw new Error(`the file is ${(info.size / 1048576).toFixed(1)} MB, more than the ${DEFAULT_MAX_BYTES / 1048576} MB limit`);
      return await readFile(path, 'utf8');
    } catch (e) {
      if (e instanceof Error && !('code' in e)) throw e;
      throw new Error(systemMessage(e, 'cannot read the file'));
    }
  },
  async writeFile(path, text) {
    try {
      await writeFile(path, text, 'utf8');
    } catch (e) {
      throw new Error(systemMessage(e, 'cannot write the file').replace('cannot read', 'cannot write'));
    }
  },
};
