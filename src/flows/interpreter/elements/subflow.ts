/**
 * `subflows`: the called flow (found by API name through the caller's `resolveFlow`) runs with the
 * input assignments, on the same org and clock, as the same user, sharing the element budget. Its
 * outputs go to the output assignments, or are stored automatically (`{!Subflow.output}`). A subflow
 * that fails rolls back its own record changes and fails this element (the fault connector may catch
 * it); one that stops as unsupported stops this run too; one that would wait is not simulated.
 */
import type { ElementBehavior } from '../behavior';
import { runChild } from '../run';
import { FlowStop, fault, unsupported } from '../stop';

export const runSubflow: ElementBehavior<'subflow'> = (element, frame) => {
  if (frame.depth + 1 > frame.budget.maxDepth) {
    throw new FlowStop('limit', `${element.name}: subflows nest deeper than ${frame.budget.maxDepth} levels`, { stoppedBy: 'maxDepth' });
  }
  const resolved = frame.options.resolveFlow?.(element.flowName);
  if (!resolved) throw unsupported(`${element.name}: the subflow ${element.flowName} is not in the project (no ${element.flowName}.flow-meta.xml or .flow)`, { kind: 'subflow' });
  const inputs: Record<string, unknown> = {};
  for (const assignment of element.inputAssignments) inputs[assignment.name] = frame.valueOf(assignment.value).value;
  const child = runChild(frame, resolved, element.flowName, inputs);
  const run = child.run;
  const where = `${element.name}: subflow ${element.flowName}${resolved.file ? ` (${resolved.file})` : ''}`;
  if (run.status === 'faulted') {
    if (run.stoppedBy) throw new FlowStop('limit', `${where}: ${run.fault?.message ?? 'stopped'}`, { stoppedBy: run.stoppedBy });
    throw fault(`${where} failed: ${run.fault?.message ?? 'unknown fault'}`);
  }
  if (run.status === 'unsupported') throw unsupported(`${where}: ${run.unsupported?.message ?? 'not simulated'}`, { ...run.unsupported });
  if (run.status === 'waiting') throw unsupported(`${where} waits (${run.waiting?.element}): a subflow that waits is not simulated`, { kind: 'wait' });
  frame.org = child.org;
  const prefix = `${element.name}/`;
  frame.report.recordsRead.push(...run.recordsRead.map((r) => ({ ...r, element: prefix + r.element })));
  frame.report.recordChanges.push(...run.recordChanges.map((c) => ({ ...c, element: prefix + c.element })));
  frame.report.sideEffects.push(...run.sideEffects.map((s) => ({ ...s, element: prefix + s.element })));
  for (const output of element.outputAssignments) {
    const key = Object.keys(run.outputs).find((k) => k.toLowerCase() === output.name.toLowerCase());
    const raw = key === undefined ? null : run.outputs[key] ?? null;
    frame.write(output.ref, Array.isArray(raw) ? { type: 'Unknown', value: raw, collection: true } : { type: 'Unknown', value: raw }, element.name);
  }
  if (element.storeOutputAutomatically) frame.storeOutput(element.name, { type: 'Unknown', value: { ...run.outputs } });
  return { next: element.connector, subflow: run };
};
