/** What an expectation is checked against, and what checking it gives. */
import type { Expectation, Trace } from '../../model/types';
import type { OrgRecords } from '../runScenario';

/**
 * A finished run as the checks see it: the trace, and — when the run was made here rather than
 * replayed from a trace file — the final values and records (`runScenario` gives both).
 */
export interface RunView {
  trace: Trace;
  /**
   * The design's steps by name → their stage. The trace lists only the steps of stages that
   * started (FORMAT §4), so without this a step it lacks may be one whose stage never started or
   * a name the design does not have (a typo that must not pass).
   */
  stageOfStep?: ReadonlyMap<string, string>;
  variables?: Readonly<Record<string, unknown>>;
  records?: OrgRecords;
}

/** One expectation checked: what was expected, what happened, and the step's `why` when it matters. */
export interface ExpectationResult {
  expectation: Expectation;
  pass: boolean;
  /** What was expected, in words ("step Ship ends Completed"). */
  expected: string;
  /** What happened, in words ("it is NotStarted"). */
  actual: string;
  /** The trace's reason a step did not start, or why the step or run failed (its steps' last failures), when the expectation is about such a step or run. */
  why: string | null;
  /** `expected …; actual (why)` in one sentence. */
  detail: string;
}

/** The part of a result a kind's check decides. */
export interface Verdict {
  pass: boolean;
  actual: string;
  why?: string | null;
}

/** The expectation of one kind. */
export type ExpectationOf<K extends Expectation['kind']> = Extract<Expectation, { kind: K }>;
