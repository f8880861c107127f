/**
 * Checks a scenario's expectations against a finished run: each passes or fails with what was
 * expected, what happened and — for a step that never started — the trace's reason.
 */
import type { Expectation, Trace } from '../../model/types';
import { describeExpectation } from './describe';
import { checkDecision, checkNotStalled, checkOrder, checkRunStatus, checkStageStatus } from './runChecks';
import { checkNotStarted, checkRunAs, checkStepStatus, checkStepTime } from './stepChecks';
import type { ExpectationOf, ExpectationResult, RunView, Verdict } from './types';
import { checkRecordField, checkValue } from './valueChecks';

export { describeEventRef, describeExpectation, showValue } from './describe';
export type { ExpectationResult, RunView } from './types';

type Checks = { [K in Expectation['kind']]: (e: ExpectationOf<K>, run: RunView) => Verdict };

/** One check per expectation kind (a new kind without a check does not compile). */
const CHECKS: Checks = {
  stepStatus: checkStepStatus,
  stageStatus: checkStageStatus,
  runStatus: checkRunStatus,
  notStalled: checkNotStalled,
  runAs: checkRunAs,
  notStarted: checkNotStarted,
  order: checkOrder,
  stepTime: checkStepTime,
  decision: checkDecision,
  value: checkValue,
  recordField: checkRecordField,
};

function check<K extends Expectation['kind']>(e: ExpectationOf<K>, run: RunView): Verdict {
  return (CHECKS[e.kind] as (e: ExpectationOf<K>, run: RunView) => Verdict)(e, run);
}

/** Checks one expectation against a run. */
export function checkExpectation(expectation: Expectation, run: RunView): ExpectationResult {
  const { pass, actual, why = null } = check(expectation, run);
  const expected = describeExpectation(expectation);
  return { expectation, pass, expected, actual, why, detail: `expected ${expected}; ${actual}${why ? ` (${why})` : ''}` };
}

/**
 * Results for every expectation, in order. `run` is a finished run (`runScenario`) or just its
 * trace — then `value` and `recordField` expectations fail, saying the final values are unknown.
 */
export function checkExpectations(expectations: readonly Expectation[], run: RunView | Trace): ExpectationResult[] {
  const view: RunView = 'format' in run ? { trace: run } : run;
  return expectations.map((expectation) => checkExpectation(expectation, view));
}
