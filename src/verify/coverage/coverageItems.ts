/**
 * What there is to cover in a design: every step; every decision outcome and default path; every
 * condition that is a real test (requirements or an evaluation flow — a step's start, a stage's
 * exit, an interactive step's custom completion); every stage fault path.
 */
import type { Orchestration } from '../../model/types';

export type CoverageKind = 'step' | 'outcome' | 'condition' | 'faultPath';

/** The kinds in the order reports list them. */
export const COVERAGE_KINDS: readonly CoverageKind[] = ['step', 'outcome', 'condition', 'faultPath'];

/** One thing a scenario can reach, and how a trace shows that it did. */
export interface CoverageTarget {
  kind: CoverageKind;
  /** Unique within the design: `step:Ship`, `outcome:Route.Big`, `outcome:Route.default`, `start:Ship`, `exit:Prepare`, `complete:Review`, `fault:Intake`. */
  id: string;
  /** The canvas element it belongs to (a step, decision or stage name). */
  element: string;
  /** In words: `step Ship starts`, `decision Route takes Big`. */
  description: string;
  /** The trace event that shows it was reached. */
  reachedBy: { type: 'stepStarted' | 'stepCompleted' | 'stageCompleted' | 'stageErrored' | 'decisionTaken'; element: string; outcome?: string | null };
}

const isTest = (mode: string | undefined) => mode === 'requirements' || mode === 'evaluationFlow';

/** Every coverage target of `doc`, in the design's order (stages with their steps, then decisions). */
export function coverageTargets(doc: Orchestration): CoverageTarget[] {
  const targets: CoverageTarget[] = [];
  for (const stage of doc.stages) {
    for (const step of stage.steps) {
      targets.push({ kind: 'step', id: `step:${step.name}`, element: step.name, description: `step ${step.name} starts`, reachedBy: { type: 'stepStarted', element: step.name } });
      if (isTest(step.start?.mode)) {
        targets.push({ kind: 'condition', id: `start:${step.name}`, element: step.name, description: `start condition of ${step.name} holds`, reachedBy: { type: 'stepStarted', element: step.name } });
      }
      if (step.kind === 'interactive' && isTest(step.complete?.mode)) {
        targets.push({ kind: 'condition', id: `complete:${step.name}`, element: step.name, description: `completion condition of ${step.name} holds`, reachedBy: { type: 'stepCompleted', element: step.name } });
      }
    }
    if (isTest(stage.exit?.mode)) {
      targets.push({ kind: 'condition', id: `exit:${stage.name}`, element: stage.name, description: `exit condition of stage ${stage.name} holds`, reachedBy: { type: 'stageCompleted', element: stage.name } });
    }
    if (stage.faultNext) {
      targets.push({ kind: 'faultPath', id: `fault:${stage.name}`, element: stage.name, description: `fault path of stage ${stage.name} (to ${stage.faultNext})`, reachedBy: { type: 'stageErrored', element: stage.name } });
    }
  }
  for (const decision of doc.decisions ?? []) {
    for (const outcome of decision.outcomes) {
      targets.push({ kind: 'outcome', id: `outcome:${decision.name}.${outcome.name}`, element: decision.name, description: `decision ${decision.name} takes ${outcome.name}`, reachedBy: { type: 'decisionTaken', element: decision.name, outcome: outcome.name } });
    }
    targets.push({ kind: 'outcome', id: `outcome:${decision.name}.default`, element: decision.name, description: `decision ${decision.name} takes its default path`, reachedBy: { type: 'decisionTaken', element: decision.name, outcome: null } });
  }
  return targets;
}
