/**
 * Whether any step or evaluation-flow condition of the design still calls the flow `name`. A step's
 * new flow is called by the one element that created it; when none calls it any more, that element
 * was deleted (useKeepDraftOnLeave.ts).
 */
import { conditionSites } from '../../model/validateSites';
import type { Orchestration } from '../../model/types';

export function flowIsCalled(doc: Orchestration, name: string): boolean {
  return doc.stages.some((stage) => stage.steps.some((step) => step.flow === name)) || conditionSites(doc).evaluationFlows.some((site) => site.flow === name);
}
