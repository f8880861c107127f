/**
 * The checks a project's object metadata makes possible, as live problems of the open design (the
 * properties panel and the canvas show them as it is edited, not only in the opening's report): a
 * custom field the project does not declare (undeclaredFields.ts) and a picklist value it does not
 * list (picklistValues.ts). They apply to the orchestration opened from the project (same API
 * name), as "Save to project" does.
 */
import type { Orchestration, Problem } from '../../model/types';
import { unknownPicklistValueProblems } from './picklistValues';
import type { ProjectObjects, ProjectProblem } from './types';
import { undeclaredFieldProblems } from './undeclaredFields';

/** The project's problems of `doc`, as the opening's report lists them. */
export function projectProblemsOf(doc: Orchestration, objects: ProjectObjects | undefined, file: string): ProjectProblem[] {
  return [...undeclaredFieldProblems(doc, objects, file), ...unknownPicklistValueProblems(doc, objects, file)];
}

/** A check of the design `apiName` against `objects`, giving warnings at their JSON paths. */
export function projectChecks(objects: ProjectObjects, apiName: string): (doc: Orchestration) => Problem[] {
  return (doc) => (doc.name !== apiName ? [] : projectProblemsOf(doc, objects, '').map((p) => ({ path: p.path ?? '', message: p.message, severity: 'warning' as const })));
}
