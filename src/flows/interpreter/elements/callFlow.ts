/**
 * Calling another flow of the project from an element — a Subflow, or an action of type `flow`
 * (Process Builder's "Flows" action, the Actions guide's *Flow Actions*: "Invoke an active
 * autolaunched flow", inputs by its input variables, outputs its output variables): the called flow
 * runs on the same org and clock, as the same user, sharing the element budget, one level deeper.
 * Its reads, record changes and side effects join the caller's report under `<element>/`. A called
 * flow that fails fails the element (its fault connector may catch it); one that stops as
 * unsupported stops this run too. A subflow that waits pauses this run with it, at the Subflow
 * element (CalledFlowWaits; calledFlowWait.ts resumes both) — unless this run is a screen or
 * record-triggered flow, which cannot pause, and the element fails (callerCannotPause.ts); a flow
 * action's flow that waits is left waiting on its own while this run goes on, and a screen action's
 * fails (calledFlowWaitsAlone.ts).
 */
import type { Frame } from '../frame';
import { runChild } from '../run';
import { CalledFlowWaits, FlowStop, fault, unsupported } from '../stop';
import type { FlowRun, FlowRunResult, ResolvedFlow } from '../types';
import type { OutputAssignment } from '../../definition';
import { refuseWaitWhereNoPause } from './callerCannotPause';
import { leaveWaitingAlone, refuseScreenActionWait, type CallingElement } from './calledFlowWaitsAlone';

/** Runs `flowName` (resolved as `resolved`) for `element` with `inputs`; the completed run (its outputs), or a stop. */
export function callFlow(frame: Frame, element: string, flowName: string, resolved: ResolvedFlow, inputs: Record<string, unknown>, what: CallingElement = 'subflow'): FlowRun {
  if (frame.depth + 1 > frame.budget.maxDepth) {
    throw new FlowStop('limit', `${element}: subflows nest deeper than ${frame.budget.maxDepth} levels`, { stoppedBy: 'maxDepth' });
  }
  return settleCalled(frame, element, flowName, resolved, runChild(frame, resolved, flowName, inputs), what);
}

/**
 * What the called flow's run (`child`, begun now or resumed) means for the caller: its org and report
 * join the caller's when it completed, or waits as a flow action's flow; a fault, an unsupported
 * stop, a subflow's wait or a screen action's is thrown.
 */
export function settleCalled(frame: Frame, element: string, flowName: string, resolved: ResolvedFlow, child: FlowRunResult, what: CallingElement = 'subflow'): FlowRun {
  const run = child.run;
  const where = `${element}: ${what} ${flowName}${resolved.file ? ` (${resolved.file})` : ''}`;
  if (run.status === 'faulted') {
    if (run.stoppedBy) throw new FlowStop('limit', `${where}: ${run.fault?.message ?? 'stopped'}`, { stoppedBy: run.stoppedBy });
    throw fault(`${where} failed: ${run.fault?.message ?? 'unknown fault'}`);
  }
  if (run.status === 'unsupported') throw unsupported(`${where}: ${run.unsupported?.message ?? 'not simulated'}`, { ...run.unsupported });
  if (run.status === 'waiting' && what === 'subflow') {
    refuseWaitWhereNoPause(frame, where, resolved.definition, run);
    throw new CalledFlowWaits(element, flowName, child);
  }
  if (run.status === 'waiting' && what === 'screen action') refuseScreenActionWait(frame, where, resolved.definition, run.waiting);
  frame.org = child.org;
  const prefix = `${element}/`;
  frame.report.recordsRead.push(...run.recordsRead.map((r) => ({ ...r, element: prefix + r.element })));
  frame.report.recordChanges.push(...run.recordChanges.map((c) => ({ ...c, element: prefix + c.element })));
  frame.report.sideEffects.push(...run.sideEffects.map((s) => ({ ...s, element: prefix + s.element })));
  return run.status === 'waiting' ? leaveWaitingAlone(frame, element, flowName, resolved.definition, run) : run;
}

/** The output `name` of `run` (API names are case-insensitive), null when it has none. */
function outputOf(run: FlowRun, name: string): unknown {
  const key = Object.keys(run.outputs).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? null : run.outputs[key] ?? null;
}

/** The called flow's outputs into the caller's resources, as `element`'s output assignments name them. */
export function writeOutputs(frame: Frame, element: string, run: FlowRun, outputs: readonly OutputAssignment[]): void {
  for (const output of outputs) {
    const raw = outputOf(run, output.name);
    frame.write(output.ref, Array.isArray(raw) ? { type: 'Unknown', value: raw, collection: true } : { type: 'Unknown', value: raw as never }, element);
  }
}
