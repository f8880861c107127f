/**
 * Making the folders a file is written in (`mkdir -p` before a write), with the one-line reason when
 * one cannot be made.
 */
import { systemMessage } from './fileSystemMessages';

// `node:fs` through getBuiltinModule, not `import`: the ES import loads Node's stream stack (consoleWriter.ts).
const fs = process.getBuiltinModule('node:fs');
const nodePath = process.getBuiltinModule('node:path');

/**
 * Creates the folders `path` is to be written in (`--out reports/junit.xml` in a fresh checkout),
 * as jest-junit and pytest's `--junitxml` do: a report path names where the report goes, and a CI
 * job should not need a `mkdir` step first. Throws the one-line reason when a folder cannot be made.
 */
export function makeFoldersFor(path: string): void {
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
