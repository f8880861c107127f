/** The condition a mode starts with when the admin switches to it (valid from the first moment). */
import type { Orchestration } from '../../model/types';

export function firstActiveEvaluationFlow(doc: Orchestration): string {
  return (doc.flows ?? []).find((f) => f.type === 'evaluation' && f.active !== false)?.name ?? '';
}

export function newRequirementsCondition() {
  return { mode: 'requirements' as const, requirements: [], logic: 'and' };
}

export function newEvaluationFlowCondition(doc: Orchestration) {
  return { mode: 'evaluationFlow' as const, flow: firstActiveEvaluationFlow(doc), inputs: {} };
}
