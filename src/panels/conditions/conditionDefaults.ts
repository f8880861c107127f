/** The condition a mode starts with when the admin switches to it (valid from the first moment). */
import { flowsFromProject } from '../../commands/addStep';
import type { Orchestration } from '../../model/types';

/**
 * The flow a new evaluation-flow condition starts with: none in a design from a project, whose
 * catalog holds only the flows the orchestration already calls (the Problems list then asks for it,
 * as for a new step's flow: docs/editor.md, "A new step's flow"); else the catalog's first active one.
 */
export function firstActiveEvaluationFlow(doc: Orchestration): string {
  if (flowsFromProject(doc)) return '';
  return (doc.flows ?? []).find((f) => f.type === 'evaluation' && f.active !== false)?.name ?? '';
}

export function newRequirementsCondition() {
  return { mode: 'requirements' as const, requirements: [], logic: 'and' };
}

export function newEvaluationFlowCondition(doc: Orchestration) {
  return { mode: 'evaluationFlow' as const, flow: firstActiveEvaluationFlow(doc), inputs: {} };
}
