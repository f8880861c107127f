/**
 * `stageflow flow` lets time pass: a run that waits for a time — a record-triggered flow's timed
 * scheduled path ("1 hour after the save"), a Wait element's resume time — goes on at that time on
 * the virtual clock, as Salesforce would run it then, until it ends or waits for something no time
 * brings (a platform event). Before, the command printed `"status": "waiting"` having run nothing of
 * the path, and said nothing on stderr: survey 8 found 11 of the 299 flows of a production org
 * (ameyajoshirunwalgroup/SFDC-RunwalProd-1Oct) with all their logic on such a path ("send the SMS
 * 4 hours after the Opportunity is created"). Chosen: the command reports what the flow does, and
 * nothing else in it can make time pass (docs/cli.md, "stageflow flow").
 */
import { resumeFlow, type FlowRunResult, type RunFlowOptions } from '../../flows/interpreter';
import type { FlowDefinition } from '../../flows/definition';

/** Resumes at most this many times: a Wait in a loop that waits each time would otherwise never end. */
export const MAX_RESUMES = 1000;

/** One time the run waited for and went on at. */
export interface Resumed {
  /** The element it waited on (`start` for a scheduled path). */
  readonly element: string;
  /** Virtual ms it went on at. */
  readonly at: number;
}

/** The run after it went on at each time it waited for, and those times. */
export interface ThroughWaits {
  readonly result: FlowRunResult;
  readonly resumed: readonly Resumed[];
}

/**
 * `first` (the run of `definition` with `options`) gone on at each time it waits for, on the org it
 * left, until it is no longer waiting for a time or `MAX_RESUMES` is reached (then it is still waiting).
 */
export function throughTimedWaits(definition: FlowDefinition, options: RunFlowOptions, first: FlowRunResult): ThroughWaits {
  let result = first;
  const resumed: Resumed[] = [];
  while (result.run.status === 'waiting' && result.run.waiting?.until !== undefined && resumed.length < MAX_RESUMES) {
    const { element, until, state } = result.run.waiting;
    resumed.push({ element, at: until });
    result = resumeFlow(definition, state, { ...options, org: result.org, now: until });
  }
  return { result, resumed };
}
