/**
 * A project from files that are not read yet: a browser's directory handle, `webkitdirectory`
 * input or dropped files, or a folder on disk. Only `*.flow-meta.xml` files are read, one at a time,
 * within the caps (limits.ts); a file over a cap or that cannot be read is reported and skipped.
 */
import { DEFAULT_PROJECT_LIMITS, megabytes, type ProjectLimits } from './limits';
import { isFlowFile } from './paths';
import { projectFromFiles } from './projectFromFiles';
import type { LazyProjectFile, Project, ProjectFile, ProjectProblem } from './types';

/** Reads the flow files among `entries` and builds the project. Never rejects. */
export async function readLazyFiles(entries: readonly LazyProjectFile[], limits: ProjectLimits = DEFAULT_PROJECT_LIMITS): Promise<Project> {
  const problems: ProjectProblem[] = [];
  if (entries.length > limits.maxEntries) {
    problems.push({ file: '', severity: 'error', message: `the project has ${entries.length} files; at most ${limits.maxEntries} are looked at, so the rest are not read` });
  }
  const files: ProjectFile[] = [];
  let total = 0;
  for (const entry of entries.slice(0, limits.maxEntries)) {
    if (!isFlowFile(entry.path)) continue;
    if (entry.size !== undefined && entry.size > limits.maxFileBytes) {
      problems.push({ file: entry.path, severity: 'error', message: `not read: the file is ${megabytes(entry.size)}, more than the ${megabytes(limits.maxFileBytes)} limit` });
      continue;
    }
    let text: string;
    try {
      text = await entry.read();
    } catch (error) {
      problems.push({ file: entry.path, severity: 'error', message: `not read: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    if (text.length > limits.maxFileBytes) {
      problems.push({ file: entry.path, severity: 'error', message: `not read: the file is more than the ${megabytes(limits.maxFileBytes)} limit` });
      continue;
    }
    total += text.length;
    if (total > limits.maxTotalBytes) {
      problems.push({ file: entry.path, severity: 'error', message: `not read: the project's flow files are more than ${megabytes(limits.maxTotalBytes)} in all, so this and later files are not read` });
      break;
    }
    files.push({ path: entry.path, text });
  }
  return projectFromFiles(files, problems);
}
