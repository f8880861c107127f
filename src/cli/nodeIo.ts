/**
 * The real console and file system, as the commands see them (CliIo; tests replace it).
 */
import { decodeText } from '../io/decodeText';
import { DEFAULT_MAX_BYTES } from '../io/jsonText';
import { readCapped, readToEnd } from './cappedRead';
import type { CliIo } from './cliIo';
import { consoleWriter } from './consoleWriter';
import { systemMessage, writeMessage } from './fileSystemMessages';
import { makeFoldersFor } from './makeFolders';
import { batches } from './outputBatches';

// `node:fs` through getBuiltinModule, not `import`: the ES import loads Node's stream stack (consoleWriter.ts).
const fs = process.getBuiltinModule('node:fs');

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
