/**
 * Why a step never started (R17): a sentence naming the unmet condition and the values seen, in the
 * words an admin uses in Flow Builder.
 */
import { logicKind } from '../model/logic';
import type { RequirementList, RightValue, TraceFlowRun } from '../model/types';
import { startOf } from './conditions';
import type { Engine } from './engine';
import { explainEvaluationFlow } from './evaluationFlows';
import { explainList, type RowResult } from './requirements';
import type { StepRun } from './state';
import { formatValue } from './values';

interface Described {
  readonly holds: boolean;
  readonly text: string;
}

function rightText(right: RightValue | undefined, value: RowResult['right']): string {
  if (right && 'ref' in right) return `${right.ref} (${formatValue(value)})`;
  return formatValue(value);
}

/** "row 2: order.Paid is false, needs EqualTo true" */
export function describeRow(r: RowResult): string {
  const op = r.requirement.operator;
  const needs = `needs ${op} ${rightText(r.requirement.right, r.right)}`;
  if (op === 'WasSet') return `row ${r.row}: ${r.requirement.left} was ${r.holds === (r.right.value !== false) ? '' : 'not '}set during the run, ${needs}`;
  return `row ${r.row}: ${r.requirement.left} is ${formatValue(r.left)}, ${needs}`;
}

function describeRows(rows: RowResult[], list: RequirementList): string {
  const kind = logicKind(list.logic);
  if (kind === 'custom') return rows.map((r) => `${describeRow(r)} (${r.holds ? 'met' : 'not met'})`).join('; ');
  return rows.filter((r) => !r.holds).map(describeRow).join('; ');
}

function logicLabel(list: RequirementList): string {
  const kind = logicKind(list.logic);
  return kind === 'and' ? 'all must hold' : kind === 'or' ? 'any must hold' : `logic "${list.logic ?? ''}"`;
}

function describeRequirements(engine: Engine, list: RequirementList, what: string): Described {
  const e = explainList(engine, list);
  if (e.logicError !== null) return { holds: false, text: `${what} cannot be evaluated: ${e.logicError}` };
  if (e.holds) return { holds: true, text: `${what} (${logicLabel(list)}) are met now` };
  if (list.requirements.length === 0) return { holds: false, text: `${what} have no rows, and "${list.logic ?? ''}" over no rows never holds` };
  return { holds: false, text: `${what} (${logicLabel(list)}) are not met: ${describeRows(e.rows, list)}` };
}

function describeEvaluationFlow(engine: Engine, flow: string, inputs: Readonly<Record<string, string>> | undefined): Described {
  const v = explainEvaluationFlow(engine, flow, inputs);
  const name = `evaluation flow "${flow}"`;
  switch (v.source) {
    case 'missing': return { holds: false, text: `${name} does not exist, so it never returns true` };
    case 'inactive': return { holds: false, text: `${name} is inactive, so it never returns true` };
    case 'empty': return { holds: false, text: `${name} has neither a condition nor a result, so it returns false` };
    case 'scenario': return { holds: v.holds, text: `${name} returns ${v.holds} (set by the scenario)` };
    case 'flow':
      if (!v.holds) return { holds: false, text: `${name} returns false: ${flowReason(v.run)}` };
      return { holds: true, text: notRechecked(engine, name) };
    case 'result': return { holds: v.holds, text: `${name} returns ${v.holds} (its fixed result)` };
    case 'condition':
      if (v.logicError !== null) return { holds: false, text: `${name} cannot be evaluated: ${v.logicError}` };
      if (!v.holds) return { holds: false, text: `${name} returns false: ${v.rows.filter((r) => !r.holds).map(describeRow).join('; ') || 'its logic is not met'}` };
      return { holds: true, text: notRechecked(engine, name) };
  }
}

/** Why a project evaluation flow's run returned false: where it stopped, or the last decision it took. */
function flowReason(run: TraceFlowRun | undefined): string {
  if (run?.message !== undefined) return `its run stopped (${run.message})`;
  const decision = run?.decision;
  if (decision) return `its decision "${decision.element}" took the ${decision.outcome === 'default' ? 'default outcome' : `outcome "${decision.outcome}"`}`;
  return 'its run did not set isOrchestrationConditionMet to true';
}

/** The R17 case: the flow would now return true, but nothing re-checked it. */
function notRechecked(engine: Engine, name: string): string {
  const last = engine.silentChanges[engine.silentChanges.length - 1];
  if (last) return `${name} now returns true, but it is only re-checked on an orchestration event, and none came after ${last.target} changed (at ${last.t} ms)`;
  const at = engine.lastPassAt === null ? '' : ` at ${engine.lastPassAt} ms`;
  return `${name} now returns true, but it is only re-checked on an orchestration event, and none came after the last evaluation${at}`;
}

/** The step's start condition as it reads now. */
export function describeStart(engine: Engine, run: StepRun): Described {
  const c = startOf(run.step);
  switch (c.mode) {
    case 'stageStarts':
      return { holds: true, text: 'starts when its stage starts' };
    case 'stepCompleted': {
      if (c.step === run.name) return { holds: false, text: 'waits for itself to be Completed, which can never happen' };
      const other = engine.steps.get(c.step);
      if (!other) {
        const place = engine.model.steps.get(c.step);
        if (!place) return { holds: false, text: `waits for step "${c.step}", which does not exist` };
        return { holds: false, text: `waits for step "${c.step}" to be Completed (its stage "${place.stage.name}" has not started)` };
      }
      return { holds: other.status === 'Completed', text: `waits for step "${c.step}" to be Completed (it is ${other.status})` };
    }
    case 'requirements':
      return describeRequirements(engine, c, 'its start requirements');
    case 'evaluationFlow':
      return describeEvaluationFlow(engine, c.flow, c.inputs);
  }
}

const ENDED: Readonly<Record<string, string>> = {
  Completed: 'completed',
  Error: 'ended in Error',
  Canceled: 'was canceled',
  Discontinued: 'was discontinued',
};

/** R17: why a step that is NotStarted now did not start. */
export function explainNotStarted(engine: Engine, run: StepRun): string {
  const stage = run.stageRun;
  const start = describeStart(engine, run);
  const ended = ENDED[stage.status];
  if (ended !== undefined) {
    const at = stage.endedAt === null ? '' : ` (at ${stage.endedAt} ms)`;
    return `its stage "${stage.name}" ${ended}${at} before it started; ${start.text}`;
  }
  if (engine.runStatus === 'Suspended' || stage.status === 'Suspended') {
    return start.holds ? `the run is suspended, so no step starts; ${start.text}` : `${start.text} (the run is suspended)`;
  }
  if (engine.stoppedBy !== null) {
    return `the run was stopped by its ${engine.stoppedBy} limit before it started; ${start.text}`;
  }
  return start.text;
}
