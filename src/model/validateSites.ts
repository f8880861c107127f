/**
 * Where conditions live in a document: every requirement list (stage exits, step starts and
 * completions, decision outcomes, evaluation flows' own conditions) and every use of an evaluation
 * flow. Rules iterate these instead of walking the document each on their own.
 */
import { evaluationFlowOwner, outcomeOwner, stageExitOwner, stepConditionOwner } from './conditionOwner';
import { childPath, stagePath, stepPath } from './jsonPath';
import type { CompletionCondition, ExitCondition, Flow, Orchestration, RequirementList, Stage, StartCondition } from './types';
import type { InputValues } from './inputValue';

export interface RequirementListSite {
  list: RequirementList;
  /** Path of the object holding `requirements` and `logic`. */
  path: string;
  /** Who the condition belongs to, for messages: `step "Ship" (when to start)`. */
  owner: string;
  /** The stage whose passes evaluate it (absent for decisions and evaluation flows). */
  stage?: Stage;
  /** The evaluation flow whose condition this is: its inputs are resources too. */
  flow?: Flow;
}

export interface EvaluationFlowSite {
  flow: string;
  inputs: InputValues;
  path: string;
  owner: string;
  stage: Stage;
}

type Condition = StartCondition | ExitCondition | CompletionCondition;

export interface ConditionSites {
  requirementLists: RequirementListSite[];
  evaluationFlows: EvaluationFlowSite[];
}

/** Whether a condition holds a requirement list or uses an evaluation flow. */
function isSite(condition: Condition | undefined): condition is Condition {
  return condition !== undefined && (condition.mode === 'requirements' || condition.mode === 'evaluationFlow');
}

/** Every requirement list and evaluation-flow use of `doc`, in document order. */
export function conditionSites(doc: Orchestration): ConditionSites {
  const requirementLists: RequirementListSite[] = [];
  const evaluationFlows: EvaluationFlowSite[] = [];
  const visit = (condition: Condition, path: string, owner: string, stage: Stage): void => {
    if (condition.mode === 'requirements') requirementLists.push({ list: condition, path, owner, stage });
    else if (condition.mode === 'evaluationFlow') evaluationFlows.push({ flow: condition.flow, inputs: condition.inputs ?? {}, path, owner, stage });
  };
  // A path and an owner are written only for a condition that is a site: most steps of a big
  // design start with their stage or after another step, and would build them for nothing.
  doc.stages.forEach((stage, si) => {
    if (isSite(stage.exit)) visit(stage.exit, `${stagePath(si)}.exit`, stageExitOwner(stage.name), stage);
    stage.steps.forEach((step, i) => {
      if (isSite(step.start)) visit(step.start, `${stepPath(si, i)}.start`, stepConditionOwner(step.name, 'start'), stage);
      if (isSite(step.complete)) visit(step.complete, `${stepPath(si, i)}.complete`, stepConditionOwner(step.name, 'complete'), stage);
    });
  });
  (doc.decisions ?? []).forEach((decision, di) => {
    decision.outcomes.forEach((outcome, oi) => {
      const path = childPath(childPath(childPath('decisions', di), 'outcomes'), oi);
      requirementLists.push({ list: outcome, path, owner: outcomeOwner(outcome.name, decision.name) });
    });
  });
  (doc.flows ?? []).forEach((flow, fi) => {
    if (flow.condition) requirementLists.push({ list: flow.condition, path: childPath(childPath('flows', fi), 'condition'), owner: evaluationFlowOwner(flow.name), flow });
  });
  return { requirementLists, evaluationFlows };
}
