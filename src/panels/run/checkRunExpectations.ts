/**
 * The shown run's scenario expectations, checked once per trace. The run view re-renders at every
 * frame of playback; the check reads the whole trace (every event), so it is kept by the trace it
 * was made on — a new trace (Run, an intervention, another scenario) is the only thing that makes
 * it run again (docs/scenarios.md, *chosen*: judged on the whole run, not the moment shown).
 */
import type { Expectation, Orchestration, Scenario, Trace } from '../../model/types';
import { checkExpectations, type ExpectationResult } from '../../player/expectations';
import type { RunView } from '../../verify/expectations/types';

/** Kinds a trace alone cannot decide: they read the run's final values and records (`runScenario`). */
const NEEDS_FINAL_VALUES: ReadonlySet<Expectation['kind']> = new Set(['value', 'recordField']);

/** Whether checking `expectations` needs the run's final values, which the trace does not carry. */
export function needsFinalValues(expectations: readonly Expectation[]): boolean {
  return expectations.some((e) => NEEDS_FINAL_VALUES.has(e.kind));
}

/** What the final values and records of a run add to its trace for the checks. */
export type FinalValues = Pick<RunView, 'variables' | 'records'>;

interface Checked { scenario: Scenario; doc: Orchestration; values: FinalValues | null; results: ExpectationResult[] }

/** By trace: a trace is never changed after it is made, so its results stay true while it is kept. */
const checkedByTrace = new WeakMap<Trace, Checked>();

/** How many times the checks ran (tests: once per trace, not once per frame). */
let checks = 0;
export const checksRun = (): number => checks;

/**
 * `scenario`'s expectations checked on the whole of `trace` (a run of `doc`), with the run's final
 * values when given. The same trace, scenario, design and values give the results already made.
 */
export function runExpectations(trace: Trace, doc: Orchestration, scenario: Scenario, values: FinalValues | null = null): ExpectationResult[] {
  const kept = checkedByTrace.get(trace);
  if (kept && kept.scenario === scenario && kept.doc === doc && kept.values === values) return kept.results;
  checks += 1;
  // the design's steps by stage, as `runScenario` gives them: a step of a stage that never started
  // is not in the trace, and without its stage a name the design lacks would pass as "never started"
  const stageOfStep = new Map(doc.stages.flatMap((stage) => stage.steps.map((step) => [step.name, stage.name] as const)));
  const results = checkExpectations(scenario.expectations ?? [], { trace, stageOfStep, ...(values ?? {}) });
  checkedByTrace.set(trace, { scenario, doc, values, results });
  return results;
}

/** Deep equality of JSON values, whatever the order of an object's keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((k) => Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Whether `edited` would run otherwise than `ran`: anything but its name and its expectations
 * changed (records, step behaviour, answers, events, limits…). An edit of those two only leaves the
 * run shown a run of the scenario as it is (docs/scenarios.md, *chosen*).
 */
export function runsOtherwise(ran: Scenario, edited: Scenario): boolean {
  const { expectations: _e1, name: _n1, ...before } = ran;
  const { expectations: _e2, name: _n2, ...after } = edited;
  return !sameJson(before, after);
}

/** The element of the design an expectation is about, for its "Show it" (none for the run, a value or a record). */
export function elementOf(e: Expectation): string | undefined {
  switch (e.kind) {
    case 'stepStatus': case 'runAs': case 'notStarted': case 'stepTime': return e.step;
    case 'stageStatus': return e.stage;
    case 'decision': return e.decision;
    // the later event is the one the admin expects to wait: its element is where to look first
    case 'order': return e.then.element ?? e.first.element;
    default: return undefined;
  }
}
