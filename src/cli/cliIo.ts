/**
 * What the command-line tools share: their view of the outside world (CliIo, replaced in tests),
 * exit codes, problem lines, writing the result, and the guard that turns an internal error into
 * one line instead of a stack trace.
 */
import { pathToFileURL } from 'node:url';
import { decodeText } from '../io/decodeText';
import { DEFAULT_MAX_BYTES } from '../io/jsonText';
import { isXmlPath, MAX_XML_BYTES, pastSizeLimit } from '../io/xml/xmlSizeLimit';
import { fileLabel, oneLine } from './fileLabel';
import { MISSING_FILE } from './missingPath';
import { lostOutput, stdoutWasLost } from './lostOutput';
import { returnToInvocationDir } from './invocationDir';
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
 * `<file>: <path>: <message>`, with `warning:` before warnings' messages. A problem of the whole
 * document (a list where an object was expected) has the path `(root)`, as `stageflow flow` writes
 * it, so every line has the same three parts — and one line: a message naming a key is escaped.
 */
export function problemLine(file: string, problem: Problem): string {
  return `${fileLabel(file)}: ${problem.path === '' ? '(root)' : fileLabel(problem.path)}: ${problem.severity === 'warning' ? 'warning: ' : ''}${oneLine(problem.message)}`;
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

/** Parts of this many characters or more are written as they come; smaller ones are gathered first. */
const PART_CHARS = 1 << 20;

/** `parts` gathered into strings of about PART_CHARS characters: few writes, never one string of it all. */
function* batches(parts: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const part of parts) {
    batch.push(part);
    size += part.length;
    if (size >= PART_CHARS) { yield batch.join(''); batch = []; size = 0; }
  }
  if (batch.length) yield batch.join('');
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

const REASONS: Record<string, string> = {
  ENOENT: MISSING_FILE,
  EISDIR: 'cannot read the file: it is a directory',
  EACCES: 'cannot read the file: permission denied',
  EPERM: 'cannot read the file: permission denied',
  // in words too, where Node's own said `ELOOP: too many symbolic links encountered, stat 'a.json'`
  ELOOP: 'cannot read the file: its symbolic links form a loop',
  ENOTDIR: 'cannot read the file: a part of its path is a file, not a folder',
  ENAMETOOLONG: 'cannot read the file: its name is too long for the file system',
};

/**
 * Creates the folders `path` is to be written in (`--out reports/junit.xml` in a fresh checkout),
 * as jest-junit and pytest's `--junitxml` do: a report path names where the report goes, and a CI
 * job should not need a `mkdir` step first. Throws the one-line reason when a folder cannot be made.
 */
function makeFoldersFor(path: string): void {
  const folder = nodePath.dirname(path);
  try {
    makeFolder(folder);
  } catch (e) {
    // a part of the path that is a file (`report.txt/junit.xml`) is the usual cause: name it
    for (let part = folder; part !== nodePath.dirname(part); part = nodePath.dirname(part)) {
      if (fs.existsSync(part) && !fs.statSync(part).isDirectory()) throw Object.assign(new Error(`cannot write the file: ${part} is a file, not a folder`), { code: 'FOLDER' });
    }
    const failed = typeof e === 'object' && e !== null && 'folder' in e ? String(e.folder) : folder;
    // ENOENT from mkdir under a folder that exists: the file system takes no new folders there (/proc)
    const why = typeof e === 'object' && e !== null && 'code' in e && e.code === 'ENOENT' && fs.existsSync(nodePath.dirname(failed))
      ? `${nodePath.dirname(failed)} takes no new folders`
      : systemMessage(e, 'error').replace(/^cannot read the file: /, '');
    throw Object.assign(new Error(`cannot write the file: cannot make the folder ${failed}: ${why}`), { code: 'FOLDER' });
  }
}

/**
 * `mkdir -p`, one level at a time. Not Node's `mkdirSync(folder, { recursive: true })`: under /proc
 * (an existing folder where nothing can be made) it never returns (Node 20: it retries ENOENT
 * forever), so `--out /proc/x/trace.json` hung instead of failing.
 */
function makeFolder(folder: string): void {
  const existing = fs.statSync(folder, { throwIfNoEntry: false });
  if (existing?.isDirectory()) return;
  if (existing) throw Object.assign(new Error(`${folder} is not a folder`), { code: 'ENOTDIR', folder });
  const parent = nodePath.dirname(folder);
  if (parent !== folder) makeFolder(parent);
  try {
    fs.mkdirSync(folder);
  } catch (e) {
    // made meanwhile by another process: fine, as mkdir -p
    if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'EEXIST') return;
    throw typeof e === 'object' && e !== null ? Object.assign(e, { folder }) : e;
  }
}

/** Why `path` cannot be written: a missing folder is named (ENOENT on a write means the folder is not there). */
function writeMessage(e: unknown, path: string): string {
  if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'FOLDER' && e instanceof Error) return e.message;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT') {
    const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return `cannot write the file: the folder ${slash > 0 ? path.slice(0, slash) : '.'} does not exist`;
  }
  return systemMessage(e, 'cannot write the file').replace('cannot read', 'cannot write');
}

function systemMessage(e: unknown, fallback: string): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  return REASONS[code] ?? `${fallback}${e instanceof Error ? `: ${e.message}` : ''}`;
}

/**
 * Writes to standard output or error with a plain write(2), which spares a short command the cost of
 * setting up Node's stream (a fifth of `stageflow validate`'s own start-up, docs/performance.md).
 * When the descriptor refuses (a non-blocking pipe that is full), this and every later line go
 * through the stream, so the order of the lines is kept.
 */
// `node:fs` through getBuiltinModule, not `import`: an ES import of it builds a facade that reads
// every export, and its `ReadStream` getter loads Node's whole stream stack (~10 ms at start-up).
// Its synchronous calls only, not node:fs/promises: loading that costs ~2.5 ms of every start
// (it pulls in Node's readline and file watchers), and a command reads one file at a time anyway.
const fs = process.getBuiltinModule('node:fs');
const nodePath = process.getBuiltinModule('node:path');

interface ConsoleWriter {
  (text: string): void;
  /** Resolves once the stream has written what it holds (at once while writes go straight to the descriptor). */
  drained(): Promise<void>;
}

function consoleWriter(fd: 1 | 2, stream: () => NodeJS.WriteStream): ConsoleWriter {
  let viaStream = false;
  let lost = false;
  const toStream = (chunk: string | Buffer): void => {
    const out = stream();
    // once: the stream's own failures end the output too, never as an unhandled 'error' event
    if (out.listenerCount('error') === 0) out.on('error', (e) => { lost = true; lostOutput(fd, e); });
    out.write(chunk);
  };
  const write = (text: string): void => {
    if (lost) return;
    if (!viaStream) {
      let bytes = Buffer.from(text, 'utf8');
      try {
        while (bytes.length > 0) bytes = bytes.subarray(fs.writeSync(fd, bytes));
        return;
      } catch (e) {
        // a non-blocking pipe that is full (EAGAIN): the stream waits for it; anything else ends the output
        if (typeof e === 'object' && e !== null && 'code' in e && e.code !== 'EAGAIN') { lost = true; lostOutput(fd, e); return; }
        viaStream = true;
        toStream(bytes);
        return;
      }
    }
    toStream(text);
  };
  const drained = (): Promise<void> => {
    const out = stream();
    if (!viaStream || !out.writableNeedDrain) return Promise.resolve();
    // a reader that goes away (`| head`) closes the pipe instead of draining it: that ends the wait too
    return new Promise((resolve) => {
      const done = () => { out.off('drain', done); out.off('close', done); out.off('error', done); resolve(); };
      out.on('drain', done).on('close', done).on('error', done);
    });
  };
  return Object.assign(write, { drained });
}

const tooBig = (bytes: number, maxBytes: number) => new Error(pastSizeLimit(bytes, maxBytes));

/**
 * A file's bytes, refused above `maxBytes` before it is read. A pipe (`<(cat order.json)`,
 * `/dev/stdin` fed by one) has no size to check first, so it is read up to the cap and refused past
 * it; a device (`/dev/zero`, a terminal) or a socket is refused at once: read, it never ends, and
 * the command held ever more memory until Node ran out of it.
 */
function readCapped(path: string, maxBytes: number): Buffer {
  const info = fs.statSync(path);
  if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  if (info.isFile()) {
    // a Flow XML file is read up to 5 MB (FORMAT.md §7): past the JSON cap too, that is its limit
    if (info.size > maxBytes) throw tooBig(info.size, isXmlPath(path) ? MAX_XML_BYTES : maxBytes);
    return fs.readFileSync(path);
  }
  if (!info.isFIFO()) throw new Error('cannot read the file: it is a device or a socket, not a file');
  const fd = fs.openSync(path, 'r');
  try {
    return readToEnd(fd, maxBytes);
  } finally {
    fs.closeSync(fd);
  }
}

/** What `fd` holds until its end, refused past `maxBytes` (a pipe has no size to check first). */
function readToEnd(fd: number, maxBytes: number): Buffer {
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const part = Buffer.alloc(65536);
    let read: number;
    try {
      read = fs.readSync(fd, part, 0, part.length, null);
    } catch (e) {
      // a non-blocking pipe with nothing in it yet: wait a little for the writer, as a blocking read would
      if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); continue; }
      throw e;
    }
    if (read === 0) return Buffer.concat(parts, total);
    total += read;
    if (total > maxBytes) throw tooBig(total, maxBytes);
    parts.push(part.subarray(0, read));
  }
}

const stdoutWriter = consoleWriter(1, () => process.stdout);

/** The real console and file system. Files above the import cap are refused before being read. */
export const nodeIo: CliIo = {
  stdout: stdoutWriter,
  stdoutDrained: stdoutWriter.drained,
  stderr: consoleWriter(2, () => process.stderr),
  // Synchronous reads inside the promise: one file at a time is what a command does, and a read
  // through the thread pool costs a short command more than it saves.
  async readFile(path) {
    try {
      const decoded = decodeText(readCapped(path, DEFAULT_MAX_BYTES));
      if (!decoded.ok) throw new Error(decoded.message);
      return decoded.text;
    } catch (e) {
      if (e instanceof Error && !('code' in e)) throw e;
      throw new Error(systemMessage(e, 'cannot read the file'));
    }
  },
  async pathKind(path) {
    try {
      return fs.statSync(path).isDirectory() ? 'directory' : 'file';
    } catch {
      return 'missing';
    }
  },
  // Not readdirSync: a project's walk lists many folders at once (io/project/walkFolders.ts), which
  // a synchronous listing would do one after another (a 3,000-folder org retrieve waited on each).
  listDir(path) {
    return new Promise((resolve, reject) => {
      fs.readdir(path, { withFileTypes: true }, (error, entries) => {
        if (error) return reject(error);
        resolve(entries
          .filter((e) => e.isFile() || e.isDirectory())
          .map((e) => ({ name: e.name, directory: e.isDirectory() }))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
      });
    });
  },
  now: () => performance.now(),
  async readBytes(path, maxBytes) {
    try {
      return new Uint8Array(readCapped(path, maxBytes));
    } catch (e) {
      if (e instanceof Error && !('code' in e)) throw e;
      throw new Error(systemMessage(e, 'cannot read the file'));
    }
  },
  async readStdin() {
    // a terminal would wait for the admin to type a document: say what `-` wants instead
    if (process.getBuiltinModule('node:tty').isatty(0)) throw new Error('standard input is a terminal, not a document: pipe one in (cat order.json | …) or give its file');
    let bytes: Buffer;
    try {
      bytes = readToEnd(0, DEFAULT_MAX_BYTES);
    } catch (e) {
      if (e instanceof Error && !('code' in e)) throw new Error(e.message.replace('the file is', 'standard input is'));
      throw new Error(systemMessage(e, 'cannot read standard input'));
    }
    const decoded = decodeText(bytes);
    // the decoder speaks of "the file"; piped in, there is none (`<stdin>: 1:7: standard input is not UTF-8 …`)
    if (!decoded.ok) throw new Error(decoded.message.replace('the file is', 'standard input is'));
    return decoded.text;
  },
  async writeFile(path, text) {
    try {
      makeFoldersFor(path);
      fs.writeFileSync(path, text, 'utf8');
    } catch (e) {
      throw new Error(writeMessage(e, path));
    }
  },
  async writeFileParts(path, parts) {
    let fd: number | undefined;
    try {
      makeFoldersFor(path);
      fd = fs.openSync(path, 'w');
      for (const text of batches(parts)) fs.writeSync(fd, text);
    } catch (e) {
      throw new Error(writeMessage(e, path));
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  },
};

/**
 * Runs `command` with the process's arguments when the module at `moduleUrl` is the script Node
 * was started with (`node --import tsx src/cli/simulate.ts …`), and sets the exit code.
 */
export function runIfMain(moduleUrl: string, command: (argv: readonly string[]) => Promise<number>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  returnToInvocationDir();
  void command(process.argv.slice(2)).then((code) => { process.exitCode = finalExitCode(code); });
}
