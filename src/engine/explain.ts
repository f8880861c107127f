/**
 * Why a step never started (R17): a sentence naming the unmet condition and the values seen, in the
 * words an admin uses in Flow Builder. Written from the structured check (startCheck.ts), so the
 * sentence and the run view's per-row explanation come from one evaluation.
 */
import type { Engine } from './engine';
import { inactiveFileWords } from './inactiveFlowFile';
import { checkStart, flowReason, type LogicCheck, type RowCheck, type StartCheck } from './startCheck';
import type { StepRun } from './state';

interface Described {
  readonly holds: boolean;
  readonly text: string;
}

/** "row 2: order.Paid is false, needs EqualTo true" */
export function describeRow(r: RowCheck): string {
  const expected = r.expectedRef === null ? r.expected : `${r.expectedRef} (${r.expected})`;
  const needs = `needs ${r.operator} ${expected}`;
  if (r.wasSet !== null) return `row ${r.row}: ${r.left} was ${r.wasSet ? '' : 'not '}set during the run, ${needs}`;
  return `row ${r.row}: ${r.left} is ${r.value}, ${needs}`;
}

function describeRows(rows: readonly RowCheck[], logic: LogicCheck): string {
  if (logic.kind === 'custom') return rows.map((r) => `${describeRow(r)} (${r.holds ? 'met' : 'not met'})`).join('; ');
  return rows.filter((r) => !r.holds).map(describeRow).join('; ');
}

function logicLabel(logic: LogicCheck): string {
  return logic.kind === 'and' ? 'all must hold' : logic.kind === 'or' ? 'any must hold' : `logic "${logic.text}"`;
}

function describeRequirements(check: Extract<StartCheck, { mode: 'requirements' }>, what: string): Described {
  const { logic, rows } = check;
  if (logic.error !== null) return { holds: false, text: `${what} cannot be evaluated: ${logic.error}` };
  if (check.holds) return { holds: true, text: `${what} (${logicLabel(logic)}) are met now` };
  if (rows.length === 0) return { holds: false, text: `${what} have no rows, and "${logic.text}" over no rows never holds` };
  return { holds: false, text: `${what} (${logicLabel(logic)}) are not met: ${describeRows(rows, logic)}` };
}

/** What an admin can do about an evaluation flow with nothing to answer by (the Why panel says the same, StartCheckView). */
const EMPTY_REMEDY = 'set its result in Scenarios (Evaluation flow results), or give the flow a condition or a result';

function describeEvaluationFlow(check: Extract<StartCheck, { mode: 'evaluationFlow' }>, stageEnded: boolean): Described {
  const name = `evaluation flow "${check.flow}"`;
  // A project flow that stopped answers by its catalog stand-in: said so, in the Why panel's words
  // (StartCheckView), since "has neither a condition nor a result" read as if the admin's flow had none.
  const standIn = check.run?.standIn === true;
  switch (check.source) {
    case 'missing': return { holds: false, text: `${name} does not exist, so it never returns true` };
    // named with its project file and status, as the step's own error and the validator name it (R25)
    case 'inactive': return { holds: false, text: `${name} is not active${inactiveFileWords(check.inactiveFile)}, so it never returns true: activate it or choose another flow` };
    // what the admin can do, as for an inactive flow: a placeholder (a flow not in the project) says nothing of itself
    case 'empty': return { holds: false, text: `${name} ${standIn ? 'could not be simulated, and its stand-in has' : 'has'} neither a condition nor a result, so it returns false: ${EMPTY_REMEDY}` };
    case 'scenario': return { holds: check.holds, text: `${name} returns ${check.holds} (set by the scenario)` };
    case 'flow':
      if (!check.holds) return { holds: false, text: `${name} returns false: ${check.reason ?? flowReason(check.run)}` };
      return { holds: true, text: stageEnded ? `${name} now returns true` : notRechecked(check, name) };
    case 'result': return { holds: check.holds, text: `${name} returns ${check.holds} (${standIn ? 'it could not be simulated: its stand-in\'s fixed result' : 'its fixed result'})` };
    case 'condition':
      if (check.logic?.error) return { holds: false, text: `${name} cannot be evaluated: ${check.logic.error}` };
      if (!check.holds) return { holds: false, text: `${name} returns false: ${standIn ? 'it could not be simulated, and its stand-in\'s condition is not met: ' : ''}${check.rows.filter((r) => !r.holds).map(describeRow).join('; ') || 'its logic is not met'}` };
      return { holds: true, text: stageEnded ? `${name} now returns true` : notRechecked(check, name) };
  }
}

/** The R17 case: the flow would now return true, but nothing re-checked it (or a pass is re-checking it now). */
function notRechecked(check: Extract<StartCheck, { mode: 'evaluationFlow' }>, name: string): string {
  if (check.recheck?.inThisPass) return `${name} now returns true, and the evaluation pass at ${check.recheck.lastPassAt ?? 0} ms re-checks it`;
  // R17's own example sentence, word for word, comes first; then when, and what the flow says now
  const changed = check.recheck?.changed;
  if (changed) return `${name} is only re-checked on an orchestration event, and none came after ${changed.target} changed (at ${changed.t} ms): it now returns true`;
  const lastPassAt = check.recheck?.lastPassAt ?? null;
  const at = lastPassAt === null ? '' : ` at ${lastPassAt} ms`;
  return `${name} is only re-checked on an orchestration event, and none came after the last evaluation${at}: it now returns true`;
}

/**
 * A structured start check as a sentence. `stageEnded`: the step's stage has ended, so no pass will
 * re-check it — an evaluation flow that returns true now is said to, with no word of a re-check.
 */
export function describeCheck(check: StartCheck, stageEnded = false): Described {
  switch (check.mode) {
    case 'stageStarts':
      return { holds: true, text: 'starts when its stage starts' };
    case 'stepCompleted':
      if (check.problem === 'self') return { holds: false, text: 'waits for itself to be Completed, which can never happen' };
      if (check.problem === 'missing') return { holds: false, text: `waits for step "${check.step}", which does not exist` };
      if (check.status === null) return { holds: false, text: `waits for step "${check.step}" to be Completed (its stage "${check.stage ?? ''}" has not started)` };
      // met, it is no wait: said so (a step of a stage that ended in that very pass, R17)
      if (check.holds) return { holds: true, text: `step "${check.step}", which it waits for, is Completed` };
      return { holds: false, text: `waits for step "${check.step}" to be Completed (it is ${check.status})` };
    case 'requirements':
      return describeRequirements(check, 'its start requirements');
    case 'evaluationFlow':
      return describeEvaluationFlow(check, stageEnded);
  }
}

/** The step's start condition as it reads now. */
export function describeStart(engine: Engine, run: StepRun, stageEnded = false): Described {
  return describeCheck(checkStart(engine, run), stageEnded);
}

const ENDED: Readonly<Record<string, string>> = {
  Completed: 'completed',
  Error: 'ended in Error',
  Canceled: 'was canceled',
  Discontinued: 'was discontinued',
};

/** `the stage ended when step "Ask" failed; `: the steps of a stage that ended in Error that are in Error; else nothing. */
function failedStepsWords(stage: StepRun['stageRun']): string {
  if (stage.status !== 'Error') return '';
  const failed = stage.steps.filter((s) => s.status === 'Error').map((s) => `"${s.name}"`);
  if (failed.length === 0) return '';
  const which = failed.length === 1 ? `step ${failed[0]}` : `steps ${failed.slice(0, -1).join(', ')} and ${failed[failed.length - 1]}`;
  return `the stage ended when ${which} failed; `;
}

/** R17: why a step that is NotStarted now did not start. */
export function explainNotStarted(engine: Engine, run: StepRun): string {
  const stage = run.stageRun;
  const ended = ENDED[stage.status];
  const start = describeStart(engine, run, ended !== undefined);
  if (ended !== undefined) {
    const at = stage.endedAt === null ? '' : ` (at ${stage.endedAt} ms)`;
    // its start condition held: the stage's end, not the condition, kept it back — say what ended it,
    // after R17's opening `its stage "X" completed (at N ms) before it started;`, which stays whole
    const cause = start.holds ? failedStepsWords(stage) : '';
    return `its stage "${stage.name}" ${ended}${at} before it started; ${cause}${start.text}`;
  }
  if (engine.runStatus === 'Suspended' || stage.status === 'Suspended') {
    return start.holds ? `the run is suspended, so no step starts; ${start.text}` : `${start.text} (the run is suspended)`;
  }
  if (engine.stoppedBy !== null) {
    return `the run was stopped by its ${engine.stoppedBy} limit before it started; ${start.text}`;
  }
  return start.text;
}
