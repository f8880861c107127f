/** An in-memory console and file system for command tests: files by path, folders implied by them. */
import { posix } from 'node:path';
import type { CliIo, DirEntry } from '../cliIo';

export interface MemoryOutput {
  stdout: string;
  stderr: string;
  /** Files written by the command, by path. */
  written: Record<string, string>;
}

const clean = (path: string): string => {
  const normal = posix.normalize(path);
  return normal === '.' || normal === './' ? '' : normal.replace(/^\.\//, '').replace(/\/$/, '');
};

/**
 * A CliIo over `files`; writes go to `out.written` and are readable afterwards. The clock ticks 1 ms
 * per reading. `stdin` is what is piped in (read at most once, as a pipe); without it, none is.
 */
export function memoryIo(files: Record<string, string>, stdin?: string): { io: CliIo; out: MemoryOutput } {
  const store = new Map(Object.entries(files).map(([path, text]) => [clean(path), text]));
  const out: MemoryOutput = { stdout: '', stderr: '', written: {} };
  let clock = 0;
  const isDir = (dir: string) => dir === '' || [...store.keys()].some((p) => p.startsWith(`${dir}/`));
  const io: CliIo = {
    stdout: (text) => { out.stdout += text; },
    stderr: (text) => { out.stderr += text; },
    readFile: async (path) => {
      const text = store.get(clean(path));
      if (text === undefined) throw new Error(isDir(clean(path)) ? 'cannot read the file: it is a directory' : 'cannot read the file: it does not exist');
      return text;
    },
    writeFile: async (path, text) => {
      out.written[path] = text;
      store.set(clean(path), text);
    },
    pathKind: async (path) => (store.has(clean(path)) ? 'file' : isDir(clean(path)) ? 'directory' : 'missing'),
    listDir: async (path) => {
      const dir = clean(path);
      const prefix = dir === '' ? '' : `${dir}/`;
      const entries = new Map<string, DirEntry>();
      for (const file of store.keys()) {
        if (!file.startsWith(prefix)) continue;
        const [name, ...rest] = file.slice(prefix.length).split('/');
        entries.set(name!, { name: name!, directory: rest.length > 0 });
      }
      return [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    },
    now: () => clock++,
  };
  let stdinRead = false;
  if (stdin !== undefined) {
    io.readStdin = async () => {
      if (stdinRead) throw new Error('standard input was already read');
      stdinRead = true;
      return stdin;
    };
  }
  return { io, out };
}

/** A project's files (a fixture's `{ path, text }` list) as `memoryIo` files under `folder/`. */
export function filesUnder(folder: string, files: readonly { path: string; text: string }[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [`${folder}/${f.path}`, f.text]));
}

/** The parts of `stageflow simulate`'s trace that the project tests read: the run's status and its flow runs. */
export interface SimulatedTrace {
  run: { status: string };
  flowRuns: { flow: string; status: string; outputs: object; recordsRead: { object: string; ids: string[] }[] }[];
}
