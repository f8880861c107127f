/**
 * `-` where a command reads a document (`validate -`, `simulate - --scenario s.json`, `convert -`,
 * `--scenario -`) is standard input, as Unix tools read it: `git show main:order.json | stageflow
 * validate -`. Its lines name it `<stdin>` (fileLabel.ts). It is read once per run and kept, since
 * a pipe cannot be read twice.
 */
import type { CliIo } from './cliIo';

/** The argument that means standard input. */
export const STDIN_ARG = '-';

export function isStdin(arg: string): boolean {
  return arg === STDIN_ARG;
}

// kept by the reader, not by the io: a command that reads through a copy of its io (diff holds each
// version's lines in one) reads the same standard input, which a pipe gives only once
const read = new WeakMap<() => Promise<string>, Promise<string>>();

/** Standard input's text, read once per run of a command; throws an Error saying why it cannot be read. */
export function readStdin(io: CliIo): Promise<string> {
  const reader = io.readStdin;
  if (!reader) return Promise.reject(new Error('cannot read standard input here'));
  let text = read.get(reader);
  if (!text) read.set(reader, (text = reader()));
  return text;
}

/**
 * What standard input holds, as it has no extension to tell: Flow XML when it begins with `<`
 * (after a byte order mark and white space), else JSON. Every JSON document is read as JSON, and
 * JSON that does not parse gets the JSON parser's line and column, not an XML parser's "not XML"
 * (*chosen*, docs/cli.md).
 */
export function stdinFormat(text: string): 'json' | 'xml' {
  return /^\uFEFF?\s*</.test(text) ? 'xml' : 'json';
}

/**
 * The one stderr line of a command that does not read `-` (`test`, `coverage`): they find each
 * design's scenarios beside its file, and a piped document has no file to be beside (*chosen*,
 * docs/cli.md; before, `-` was looked for as a file named `-`).
 */
export function stdinNotRead(command: string): string {
  return `${command}: standard input ("-") is not read by ${command}: it finds each design's scenarios beside the design's file; give the file or folder (save a piped design to a file first; ./- is a file named -)\n`;
}

/** The usage error when `-` is given more than once: standard input holds one document. */
export function stdinTwice(args: readonly (string | undefined)[]): string | null {
  return args.filter((arg) => arg !== undefined && isStdin(arg)).length > 1
    ? 'standard input ("-") holds one document: give the others as files'
    : null;
}
