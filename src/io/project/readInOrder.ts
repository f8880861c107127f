/**
 * Reads lazy project files in order within the caps (limits.ts), a few at a time. A whole org's
 * retrieve has tens of thousands of files a reader must look at (every field file, when a flow
 * updates through a custom child relationship): read one after another, the reader spent most of its
 * seconds waiting on each file in turn (survey 19's 40,403-file project: 23,566 files, 33 MB). Up to
 * READ_AHEAD reads are under way at once, and their results are taken in the entries' order, so the
 * files, the problems and where the total cap stops are those of reading one at a time; a file
 * read ahead past the cap is dropped unreported.
 */
import { pastSizeLimit, sizeInWords, textPastSizeLimit, utf8Bytes } from '../sizeLimit';
import type { ProjectLimits } from './limits';
import { fileNotRead } from './fileNotRead';
import type { LazyProjectFile, ProjectFile, ProjectProblem } from './types';

/** Reads under way at once: enough to keep a disk or the browser's file system busy, few enough that the texts held ahead stay small. */
const READ_AHEAD = 16;

export interface Reading {
  readonly problems: ProjectProblem[];
  /** UTF-8 bytes read so far, as each file's size is counted (all files count toward the total cap). */
  total: number;
}

type Outcome = { ok: true; text: string } | { ok: false; why: string };

/** One entry's text or why it was not read; never rejects, so a read left behind at the cap is no unhandled rejection. */
function readOne(entry: LazyProjectFile, limits: ProjectLimits): Promise<Outcome> {
  if (entry.size !== undefined && entry.size > limits.maxFileBytes) return Promise.resolve({ ok: false, why: pastSizeLimit(entry.size, limits.maxFileBytes) });
  return (async () => entry.read())().then(
    // a walk that gives no size (the command line's folders) knows a file's size from its text only
    (text): Outcome => {
      const tooLarge = textPastSizeLimit(text, limits.maxFileBytes);
      return tooLarge ? { ok: false, why: tooLarge } : { ok: true, text };
    },
    (error: unknown): Outcome => ({ ok: false, why: error instanceof Error ? error.message : String(error) }),
  );
}

/** Reads `entries` in order within the caps; stops at the total cap (`kind` names the files in its message). */
export async function readInOrder(entries: readonly LazyProjectFile[], reading: Reading, limits: ProjectLimits, kind: string): Promise<ProjectFile[]> {
  const files: ProjectFile[] = [];
  const started: Promise<Outcome>[] = [];
  for (let i = 0; i < entries.length; i++) {
    while (started.length < Math.min(entries.length, i + READ_AHEAD)) started.push(readOne(entries[started.length]!, limits));
    const entry = entries[i]!;
    const outcome = await started[i]!;
    if (!outcome.ok) {
      reading.problems.push(fileNotRead(entry.path, outcome.why));
      continue;
    }
    reading.total += utf8Bytes(outcome.text);
    if (reading.total > limits.maxTotalBytes) {
      reading.problems.push({ file: entry.path, severity: 'error', message: `not read: the project's ${kind} are more than ${sizeInWords(limits.maxTotalBytes)} in all, so this and later files are not read` });
      break;
    }
    files.push({ path: entry.path, text: outcome.text });
  }
  return files;
}
