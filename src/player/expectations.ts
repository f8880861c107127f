/**
 * Checks a scenario's expectations against a trace: each one passes or fails with a sentence
 * saying what was expected and what happened. This turns scenarios into tests of a design.
 */
import type { Expectation, Trace } from '../model/types';

export interface ExpectationResult {
  expectation: Expectation;
  pass: boolean;
  /** What was expected and what happened, in words. */
  detail: string;
}

/** A short description of an expectation ("step Ship Completed"). */
export function describeExpectation(e: Expectation): string {
  switch (e.kind) {
    case 'stepStatus': return `step ${e.step} ends ${e.status}`;
    case 'stageStatus': return `stage ${e.stage} ends ${e.status}`;
    case 'runStatus': return `run ends ${e.status}${e.byMs !== undefined ? ` by ${e.byMs} ms` : ''}`;
    case 'notStalled': return 'run does not stall';
  }
}

function check(e: Expectation, trace: Trace): { pass: boolean; actual: string } {
  switch (e.kind) {
    case 'stepStatus': {
      const s = trace.steps[e.step];
      const actual = s ? s.status : 'its stage never started';
      return { pass: s?.status === e.status, actual: s ? `it is ${actual}${s.why ? ` (${s.why})` : ''}` : actual };
    }
    case 'stageStatus': {
      const s = trace.stages[e.stage];
      return { pass: s?.status === e.status, actual: s ? `it is ${s.status}` : 'it never started' };
    }
    case 'runStatus': {
      const { status, endedAt } = trace.run;
      const inTime = e.byMs === undefined || (endedAt !== null && endedAt <= e.byMs);
      return { pass: status === e.status && inTime, actual: `it is ${status}${endedAt !== null ? ` at ${endedAt} ms` : ''}` };
    }
    case 'notStalled':
      return { pass: !trace.run.stalled, actual: trace.run.stalled ? 'it stalled' : 'it did not stall' };
  }
}

/** Results for every expectation, in order. */
export function checkExpectations(expectations: readonly Expectation[], trace: Trace): ExpectationResult[] {
  return expectations.map((expectation) => {
    const { pass, actual } = check(expectation, trace);
    return { expectation, pass, detail: `expected ${describeExpectation(expectation)}; ${actual}` };
  });
}
