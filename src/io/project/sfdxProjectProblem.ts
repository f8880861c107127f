/**
 * What is said of a project's `sfdx-project.json` that is not JSON. Stageflow reads only its
 * namespace from it (ownNamespace.ts), so the project still opens; but the Salesforce CLI refuses
 * such a project, and a namespaced project's flows would be read with their own prefix kept, so the
 * file is named with where and what as a warning, where it was passed over in silence (chosen,
 * docs/projects.md).
 */
import { parseJsonText } from '../jsonText';
import type { ProjectFile, ProjectProblem } from './types';

/** A warning for `file` (the project's `sfdx-project.json`) when it is not valid JSON, else null. */
export function sfdxProjectProblem(file: ProjectFile): ProjectProblem | null {
  const parsed = parseJsonText(file.text);
  if (parsed.ok) return null;
  const place = /^(\d+):(\d+)$/.exec(parsed.problem.path);
  return {
    file: file.path,
    severity: 'warning',
    message: `not read: ${parsed.problem.message}; Stageflow goes on without it, but sf project deploy refuses the project until it is fixed, and a namespace it declares is not known here`,
    ...(place ? { line: Number(place[1]), column: Number(place[2]) } : {}),
  };
}
