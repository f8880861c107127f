/**
 * Whether a project input could not be read at all: an error about the input as a whole (no file
 * named: "this is not a .zip archive, or it is empty", an archive over the size limit) and not a cap
 * reached partway (`incomplete`). Then "no orchestration in this project" would only repeat it, so
 * the reports leave that line out.
 */
import type { Project } from './types';

export function unreadable(project: Project): boolean {
  return project.incomplete !== true && project.problems.some((p) => p.file === '' && p.severity === 'error');
}
