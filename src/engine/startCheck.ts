/**
 * A step's start condition (R14) evaluated now, as data: one entry per requirement row (reference,
 * its value, operator, expected value, result), the predecessor's status, or the evaluation flow's
 * result with its rows. The R17 sentence (explain.ts) and the run view's Why panel are both written
 * from this, so they never disagree with the engine's own evaluation.
 */
import { logicKind } from '../model/logic';
import { decisionWords } from '../model/decisionWords';
import type { Operator, RequirementList, StepStatus, TraceFlowRun } from '../model/types';
import { startOf } from './conditions';
import type { Engine } from './engine';
import { explainEvaluationFlow, type VerdictSource } from './evaluationFlows';
import { inactiveFlowFile, type InactiveFlowFile } from './inactiveFlowFile';
import { explainList, type RowResult } from './requirements';
import type { StepRun } from './state';
import { formatValue } from './values';
import type { InputValues } from '../model/inputValue';

/** One requirement row as evaluated now. */
export interface RowCheck {
  /** 1-based row number. */
  readonly row: number;
  /** The reference on the left (`order.Paid`, `Validate.Status`, …). */
  readonly left: string;
  /** Its value now, as explanations write it (`false`, `"Gold"`, `null`, `Completed`). */
  readonly value: string;
  readonly operator: Operator;
  /** The value it is compared with, as explanations write it. */
  readonly expected: string;
  /** When the expected value is a reference, its name (its value is in `expected`). */
  readonly expectedRef: string | null;
  /** For WasSet: whether the left side was assigned during the run. */
  readonly wasSet: boolean | null;
  readonly holds: boolean;
}

/** How a list of rows is combined. */
export interface LogicCheck {
  readonly kind: 'and' | 'or' | 'custom';
  /** The logic as written (`1 AND (2 OR 3)`, `and`, `or`; empty when the document gives none). */
  readonly text: string;
  /** Why the logic cannot be evaluated (documents that were not validated), else null. */
  readonly error: string | null;
}

/** Why an evaluation flow that returns true now has not started the step: nothing re-checked it. */
export interface RecheckNote {
  /** The last scenario change that woke nothing (R13), if any. */
  readonly changed: { readonly target: string; readonly t: number } | null;
  /** Time of the last evaluation pass in the stage. */
  readonly lastPassAt: number | null;
  /**
   * An evaluation pass is re-checking the flow at the moment shown (one started at this very moment,
   * and nothing changed since): a flow that returns true then starts its step in this pass (R12).
   */
  readonly inThisPass: boolean;
}

export type StartCheck =
  | { readonly mode: 'stageStarts'; readonly holds: true }
  | {
      readonly mode: 'stepCompleted';
      readonly holds: boolean;
      readonly step: string;
      /** The predecessor's status now; null when it has no run (its stage has not started, or it does not exist). */
      readonly status: StepStatus | null;
      /** The predecessor's stage when the predecessor exists. */
      readonly stage: string | null;
      /** `self`: the step waits for itself; `missing`: no such step. */
      readonly problem: 'self' | 'missing' | null;
    }
  | { readonly mode: 'requirements'; readonly holds: boolean; readonly logic: LogicCheck; readonly rows: readonly RowCheck[] }
  | {
      readonly mode: 'evaluationFlow';
      readonly holds: boolean;
      readonly flow: string;
      /** Where the result comes from (R22): scenario override, fixed result, condition, or why it is false. */
      readonly source: VerdictSource;
      readonly logic: LogicCheck | null;
      readonly rows: readonly RowCheck[];
      /** Set when the flow returns true now (from its condition or its own run) but has not been re-checked since it changed. */
      readonly recheck: RecheckNote | null;
      /** A project flow's run of its own elements, when it ran them (docs/flows.md). */
      readonly run?: TraceFlowRun;
      /** Why a project flow's run returned false (where it stopped, or the last decision it took). */
      readonly reason?: string;
      /** An inactive flow's project file and its status, so the Why panel names the file to activate without re-reading a sentence. */
      readonly inactiveFile?: InactiveFlowFile;
    };

/** A requirement row as data. */
export function rowCheck(r: RowResult): RowCheck {
  const right = r.requirement.right;
  const isWasSet = r.requirement.operator === 'WasSet';
  return {
    row: r.row,
    left: r.requirement.left,
    value: formatValue(r.left),
    operator: r.requirement.operator,
    expected: formatValue(r.right),
    expectedRef: right && 'ref' in right ? right.ref : null,
    // WasSet holds when "was set" equals the expected boolean (true unless `false` is given).
    wasSet: isWasSet ? r.holds === (r.right.value !== false) : null,
    holds: r.holds,
  };
}

function logicCheck(list: RequirementList, error: string | null): LogicCheck {
  return { kind: logicKind(list.logic), text: list.logic ?? '', error };
}

/** A requirement list as it reads now, row by row (a step's start, a stage's exit). */
export function requirementsCheck(engine: Engine, list: RequirementList): Extract<StartCheck, { mode: 'requirements' }> {
  const e = explainList(engine, list);
  return { mode: 'requirements', holds: e.logicError === null && e.holds, logic: logicCheck(list, e.logicError), rows: e.rows.map(rowCheck) };
}

/** An evaluation flow's result now, with its rows or its run (a step's start, a stage's exit). */
export function evaluationFlowCheck(engine: Engine, flow: string, inputs: InputValues | undefined): Extract<StartCheck, { mode: 'evaluationFlow' }> {
  const v = explainEvaluationFlow(engine, flow, inputs);
  const condition = v.source === 'condition' ? engine.model.flows.get(flow)?.condition : undefined;
  const holds = v.logicError === null && v.holds;
  const last = engine.silentChanges[engine.silentChanges.length - 1];
  return {
    mode: 'evaluationFlow',
    holds,
    flow,
    source: v.source,
    logic: condition ? logicCheck(condition, v.logicError) : null,
    rows: v.rows.map(rowCheck),
    recheck: holds && (v.source === 'condition' || v.source === 'flow') ? { changed: last ? { target: last.target, t: last.t } : null, lastPassAt: engine.lastPassAt, inThisPass: !last && engine.lastPassAt === engine.now } : null,
    ...(v.run ? { run: v.run } : {}),
    ...(v.source === 'flow' && !holds ? { reason: flowReason(v.run) } : {}),
    ...inactiveFileOf(engine, flow, v.source),
  };
}

function inactiveFileOf(engine: Engine, name: string, source: VerdictSource): { inactiveFile?: InactiveFlowFile } {
  const flow = source === 'inactive' ? engine.model.flows.get(name) : undefined;
  const file = flow ? inactiveFlowFile(flow) : null;
  return file ? { inactiveFile: file } : {};
}

/** Why a project evaluation flow's run returned false: where it stopped, or the last decision it took. */
export function flowReason(run: TraceFlowRun | undefined): string {
  if (run?.message !== undefined) return `its run stopped (${run.message})`;
  const decision = run?.decision;
  // what the decision compared, with the values read, not only the outcome it took (model/decisionWords.ts)
  if (decision) return `its ${decisionWords(decision)}`;
  return 'its run did not set isOrchestrationConditionMet to true';
}

/** R14: the step's start condition as it reads now, with the values behind it. */
export function checkStart(engine: Engine, run: StepRun): StartCheck {
  const c = startOf(run.step);
  switch (c.mode) {
    case 'stageStarts':
      return { mode: 'stageStarts', holds: true };
    case 'stepCompleted': {
      if (c.step === run.name) return { mode: 'stepCompleted', holds: false, step: c.step, status: null, stage: run.stageRun.name, problem: 'self' };
      const other = engine.steps.get(c.step);
      const place = engine.model.steps.get(c.step);
      if (!other) return { mode: 'stepCompleted', holds: false, step: c.step, status: null, stage: place?.stage.name ?? null, problem: place ? null : 'missing' };
      return { mode: 'stepCompleted', holds: other.status === 'Completed', step: c.step, status: other.status, stage: other.stageRun.name, problem: null };
    }
    case 'requirements':
      return requirementsCheck(engine, c);
    case 'evaluationFlow':
      return evaluationFlowCheck(engine, c.flow, c.inputs);
  }
}
