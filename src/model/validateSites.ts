/**
 * Where conditions live in a document: every requirement list (stage exits, step starts and
 * completions, decision outcomes, evaluation flows' own conditions) and every use of an evaluation
 * flow. Rules iterate these instead of walking the document each on their own.
 */
import { childPath } from './jsonPath';
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

/** Every requirement list and evaluation-flow use of `doc`, in document order. */
export function conditionSites(doc: Orchestration): ConditionSites {
  const requirementLists: RequirementListSite[] = [];
  const evaluationFlows: EvaluationFlowSite[] = [];
  const visit = (condition: Condition | undefined, path: string, owner: string, stage: Stage): void => {
    if (!condition) return;
    if (condition.mode === 'requirements') requirementLists.push({ list: condition, path, owner, stage });
    else if (condition.mode === 'evaluationFlow') evaluationFlows.push({ flow: condition.flow, inputs: condition.inputs ?? {}, path, owner, stage });
  };
  doc.stages.forEach((stage, si) => {
    const stagePath = childPath('stages', si);
    visit(stage.exit, childPath(stagePath, 'exit'), `stage "${stage.name}" (exit)`, stage);
    stage.steps.forEach((step, i) => {
      const stepPath = childPath(childPath(stagePath, 'steps'), i);
      visit(step.start, childPath(stepPath, 'start'), `step "${step.name}" (when to start)`, stage);
      visit(step.complete, childPath(stepPath, 'complete'), `step "${step.name}" (when complete)`, stage);
    });
  });
  (doc.decisions ?? []).forEach((decision, di) => {
    decision.outcomes.forEach((outcome, oi) => {
      const path = childPath(childPath(childPath('decisions', di), 'outcomes'), oi);
      requirementLists.push({ list: outcome, path, owner: `outcome "${outcome.name}" of decision "${decision.name}"` });
    });
  });
  (doc.flows ?? []).forEach((flow, fi) => {
    if (flow.condition) requirementLists.push({ list: flow.condition, path: childPath(childPath('flows', fi), 'condition'), owner: `evaluation flow "${flow.name}"`, flow });
  });
  return { requirementLists, evaluationFlows };
}
